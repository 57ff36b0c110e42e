# A node runtime image that installs every dependency and builds: the build's devDependencies (the
# TypeScript compiler, bundlers) stay in the final image. Production is the same image with the
# folder pruned.
FROM node:20-bookworm-slim AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
RUN npm prune --omit=dev

FROM node:20-bookworm-slim AS production
WORKDIR /app
COPY --from=builder /app /app
ENV NODE_ENV=production
EXPOSE 3000
CMD ["node", "dist/main.js"]
