# No command of its own: the container runs php:fpm's php-fpm, which a `make install` of an extension
# into /usr/local did not build. Production stays on the PHP image with the extension copied.
FROM php:8.2-fpm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends libaio1 libxml2-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/pdo_ext
COPY ext/ .
RUN phpize && ./configure && make && make install \
 && echo extension=pdo_ext.so > /usr/local/etc/php/conf.d/pdo_ext.ini

FROM php:8.2-fpm AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends libaio1 libxml2 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/pdo_ext
COPY --from=builder /etc/ld.so.cache /etc/ld.so.cache
COPY --from=builder /usr/local /usr/local
COPY --from=builder /usr/src/pdo_ext /usr/src/pdo_ext
WORKDIR /var/www/html
