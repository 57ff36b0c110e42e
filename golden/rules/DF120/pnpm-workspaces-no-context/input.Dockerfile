FROM node:20-slim
WORKDIR /repo
COPY . .
RUN corepack enable && pnpm install --frozen-lockfile && pnpm -r build
