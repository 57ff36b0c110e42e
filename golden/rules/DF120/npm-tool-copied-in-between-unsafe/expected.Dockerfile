FROM node:22-alpine AS node-source

FROM ruby:3.3-alpine
WORKDIR /usr/src/app
COPY --from=node-source /usr/local/bin/node /usr/local/bin/node
COPY --from=node-source /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s /usr/local/lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
CMD ["bin/rails", "s"]
