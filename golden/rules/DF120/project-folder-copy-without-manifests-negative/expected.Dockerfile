# A folder that holds no manifest of the install (static assets) is no copy of the project.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY assets/ ./assets/
RUN npm ci && npm cache clean --force
CMD ["node", "server.js"]
