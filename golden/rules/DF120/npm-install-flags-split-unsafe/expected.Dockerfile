FROM node:22-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --ignore-scripts --omit=dev --no-audit
COPY . .
RUN npm rebuild && npm run prepublish && npm run prepare && \
    npm run lint
CMD ["node", "server.js"]
