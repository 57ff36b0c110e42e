FROM node:20-slim
WORKDIR /repo
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY packages/api/package.json packages/api/
COPY packages/web/package.json packages/web/
RUN corepack enable && pnpm install --frozen-lockfile
COPY . .
RUN pnpm -r build
