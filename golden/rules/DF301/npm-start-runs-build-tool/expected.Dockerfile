# package.json's start script runs gulp, which builds into the project's tree at start.
FROM node:20-slim
WORKDIR /app
COPY . .
RUN npm ci && npm cache clean --force
EXPOSE 3000
CMD ["npm", "start"]
