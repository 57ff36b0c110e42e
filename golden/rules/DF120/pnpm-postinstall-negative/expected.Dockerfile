FROM node:22-slim
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile
CMD ["node", "server.js"]
