# A RUN between `COPY . .` and the USER (it writes into the sources): the USER cannot go above it, so
# the install stays and a suggestion names the USER.
FROM node:20-slim
WORKDIR /app
COPY . .
RUN chown -R node:node /app
USER node
RUN npm ci --omit=dev
CMD ["node", "server.js"]
