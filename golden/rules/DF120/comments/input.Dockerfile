FROM node:20-slim
WORKDIR /usr/src/app
# the whole app
COPY --chown=node:node . .
# dependencies, then the build
RUN npm ci && \
    npm run build
CMD ["node", "dist/index.js"]
