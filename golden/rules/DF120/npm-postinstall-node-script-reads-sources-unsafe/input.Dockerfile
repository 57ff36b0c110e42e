FROM node:20-slim
WORKDIR /opt/app
COPY . .
RUN npm ci
CMD ["node", "server.js"]
