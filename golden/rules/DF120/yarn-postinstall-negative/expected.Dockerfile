FROM node:22-slim
WORKDIR /app
COPY . .
RUN yarn install --frozen-lockfile
CMD ["node", "server.js"]
