FROM node:20-slim
WORKDIR /opt/app
COPY . .
RUN npm install
CMD ["node", "server.js"]
