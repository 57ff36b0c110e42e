FROM node:20-slim
WORKDIR /usr/src/app
COPY --chown=node:node package.json package-lock.json* npm-shrinkwrap.json* ./
RUN npm ci
# the whole app
COPY --chown=node:node . .
# dependencies, then the build
RUN npm run build
CMD ["node", "dist/index.js"]
