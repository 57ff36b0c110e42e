FROM node:20-slim
WORKDIR /app
# package*.json matches only package.json in this context: there is no lockfile for 'npm ci'.
COPY package*.json ./
RUN npm install
COPY . .
CMD ["node", "server.js"]
