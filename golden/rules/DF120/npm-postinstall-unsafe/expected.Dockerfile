FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/postinstall.js scripts/
RUN npm ci
COPY . .
CMD ["node", "server.js"]
