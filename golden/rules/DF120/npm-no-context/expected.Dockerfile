FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json* npm-shrinkwrap.json* ./
RUN npm ci
COPY . .
CMD ["node", "server.js"]
