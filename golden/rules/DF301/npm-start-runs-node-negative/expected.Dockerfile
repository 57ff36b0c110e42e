# package.json's start script runs node: nothing builds at start, so the user is added.
FROM node:20-slim
WORKDIR /app
COPY --chown=node . .
RUN npm ci && npm cache clean --force
EXPOSE 3000
RUN chown node /app
USER node
CMD ["npm", "start"]
