FROM node:20-bookworm-slim
WORKDIR /app
COPY --chown=node package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --chown=node . .

RUN chown node /app
USER node
# Start the API server.
# It listens on 3000.
CMD ["node", "server.js"]
