FROM python:3-alpine AS docs
ADD . /usr/src/app/shaarli
RUN cd /usr/src/app/shaarli && apk add --no-cache make && make htmldoc

FROM composer:latest AS composer
COPY --from=docs /usr/src/app/shaarli /app/shaarli
RUN cd shaarli && composer --prefer-dist --no-dev install

FROM node:18-alpine AS node
COPY --from=composer /app/shaarli shaarli
RUN cd shaarli && yarnpkg install && yarnpkg run build && rm -rf node_modules

FROM alpine:3.19
WORKDIR /var/www
COPY --from=node /shaarli shaarli
