# apache2-foreground runs PHP, which loads the extensions docker-php-ext-install built under
# /usr/local/lib/php/extensions: production copies them with their conf.d lines.
FROM php:8.2-apache
RUN apt-get update && apt-get install -y libpng-dev libjpeg-dev git && \
    docker-php-ext-configure gd --with-jpeg && \
    docker-php-ext-install gd mysqli
RUN a2enmod rewrite
COPY . /var/www/html
CMD ["apache2-foreground"]
