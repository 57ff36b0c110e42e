# The php Alpine images name their compilers in ENV PHPIZE_DEPS and do not keep them installed: the
# stage's `apk add $PHPIZE_DEPS` is the extension build's toolchain, which production leaves out.
FROM php:8.2-fpm-alpine3.19 AS builder
WORKDIR /var/www
RUN apk add --no-cache $PHPIZE_DEPS libzip-dev icu-dev \
    && pecl install redis \
    && docker-php-ext-enable redis \
    && docker-php-ext-install zip intl
COPY . .

FROM php:8.2-fpm-alpine3.19 AS production
WORKDIR /var/www
RUN apk add --no-cache libzip icu-libs libstdc++ libgcc
COPY --from=builder /usr/local/etc/php/conf.d /usr/local/etc/php/conf.d
COPY --from=builder /usr/local/lib/php/extensions /usr/local/lib/php/extensions
COPY --from=builder /var/www /var/www
CMD ["php-fpm"]
