FROM node:22-slim
WORKDIR /app
COPY . .
RUN npm install --omit=dev --no-audit && \
    npm run lint
CMD ["node", "server.js"]
