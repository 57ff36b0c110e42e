FROM node:20-slim AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build && npm prune --omit=dev

FROM node:20-slim
WORKDIR /app
COPY --from=build /app ./
# ts-node needs typescript; prisma migrates at start through a package script
RUN npm install -g ts-node typescript prisma tsx
CMD npm run migrate && ts-node src/main.ts
