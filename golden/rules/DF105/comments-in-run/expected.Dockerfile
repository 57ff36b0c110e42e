FROM node:20
COPY package.json package-lock.json ./
RUN set -ex \
    # install all dependencies
    && npm install \
    && npm cache clean --force \
    # then build
    && npm run build
