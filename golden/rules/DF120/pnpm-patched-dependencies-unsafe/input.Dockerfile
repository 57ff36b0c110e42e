FROM node:22-slim
RUN npm install -g pnpm@10.4.0
WORKDIR /app
# pnpm applies patches/ during the install: they go with the manifests
COPY . .
RUN pnpm install --frozen-lockfile
RUN pnpm build
CMD ["node", "dist/main.js"]
