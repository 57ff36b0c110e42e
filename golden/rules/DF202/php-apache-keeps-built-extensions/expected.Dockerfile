# apache2-foreground runs PHP, which loads the extensions docker-php-ext-install built under
# /usr/local/lib/php/extensions: production copies them with their conf.d lines.
FROM php:8.2-apache AS builder
RUN apt-get update && apt-get install -y libpng-dev libjpeg-dev git && \
    docker-php-ext-configure gd --with-jpeg && \
    docker-php-ext-install gd mysqli
RUN a2enmod rewrite
COPY . /var/www/html

FROM php:8.2-apache AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpng16-16 libjpeg62-turbo \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /etc/apache2 /etc/apache2
COPY --from=builder /usr/local/etc/php/conf.d /usr/local/etc/php/conf.d
COPY --from=builder /usr/local/lib/php/extensions /usr/local/lib/php/extensions
COPY --from=builder /var/www/html /var/www/html
CMD ["apache2-foreground"]
