FROM node:22-slim
RUN npm install -g pnpm@10.4.0
WORKDIR /app
COPY package.json pnpm-lock.yaml ./
COPY patches/left-pad@1.3.0.patch patches/
RUN pnpm install --frozen-lockfile
# pnpm applies patches/ during the install: they go with the manifests
COPY . .
RUN pnpm build
CMD ["node", "dist/main.js"]
