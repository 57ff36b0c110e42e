FROM node:20 AS builder
WORKDIR /app
COPY . .
RUN npm install && npm run build

FROM node:20-slim AS production
WORKDIR /app
COPY --from=builder /app /app
CMD ["npm", "start"]
