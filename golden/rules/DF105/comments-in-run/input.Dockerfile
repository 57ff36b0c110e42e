FROM node:20
COPY package.json package-lock.json ./
RUN set -ex \
    # install all dependencies
    && npm install \
    # then build
    && npm run build
