FROM node:20-slim AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM build AS test
RUN npm test

FROM node:20-slim
WORKDIR /app
COPY --from=build /app .
CMD ["node", "dist/main.mjs"]
