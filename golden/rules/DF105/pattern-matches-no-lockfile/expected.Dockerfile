FROM node:20-slim
WORKDIR /app
# package*.json matches only package.json in this context: there is no lockfile for 'npm ci'.
COPY package*.json ./
RUN npm install && npm cache clean --force
COPY . .
CMD ["node", "server.js"]
