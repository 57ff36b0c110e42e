FROM node:20-slim AS build
WORKDIR /app
COPY . .
RUN npm ci && npx prisma generate && npm run build && npm prune --omit=dev

FROM node:20-slim
WORKDIR /app
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
RUN npm install -g prisma
CMD ["node", "dist/server.js"]
