FROM node:18-alpine AS build
WORKDIR /app
COPY . .
RUN npm install && npm run build

FROM node:18-alpine
WORKDIR /app
COPY --from=build /app ./
CMD ["node", "-r", "ts-node/register", "src/main.ts"]
