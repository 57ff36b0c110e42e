FROM node:24 AS installer
WORKDIR /juice-shop
RUN npm install -g typescript@^6.0.3
COPY package.json /juice-shop/
RUN npm install --ignore-scripts --omit=dev
COPY . /juice-shop
WORKDIR /juice-shop
RUN npm rebuild
RUN npm dedupe --omit=dev
RUN mkdir logs
