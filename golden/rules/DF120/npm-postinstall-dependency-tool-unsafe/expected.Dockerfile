FROM node:20-slim
WORKDIR /opt/app
COPY package.json package-lock.json ./
RUN npm install --ignore-scripts
COPY . .
RUN npm rebuild
CMD ["node", "server.js"]
