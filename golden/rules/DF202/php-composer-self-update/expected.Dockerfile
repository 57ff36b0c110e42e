# composer self-update rewrites the composer the stage moved into /usr/local/bin.
FROM php:8.2-cli AS builder
RUN apt-get update && apt-get install -y git unzip libzip-dev && docker-php-ext-install zip && rm -rf /var/lib/apt/lists/*
RUN curl -sS https://getcomposer.org/installer | php \
    && mv composer.phar /usr/local/bin/composer \
    && composer self-update --clean-backups
WORKDIR /app
COPY . .
RUN composer install --no-dev --optimize-autoloader

FROM php:8.2-cli AS production
RUN apt-get update \
    && runtime_libs="$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces --no-enhances libzip-dev | awk '/^[^ ]/ { dev = $1 ~ /-(multi)?dev$/ && $1 !~ /^lib(c6|crypt|nsl|tirpc)-dev$/ } dev && $1 == "Depends:" && $2 ~ /^lib/ && $2 !~ /-(multi)?(dev|bin)$/ { print $2 }' | sort -u)" \
    && apt-get install -y --no-install-recommends unzip $runtime_libs \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/bin/composer /usr/local/bin/composer
COPY --from=builder /usr/local/etc/php/conf.d /usr/local/etc/php/conf.d
COPY --from=builder /usr/local/lib/php/extensions /usr/local/lib/php/extensions
CMD ["php", "bin/server.php"]
