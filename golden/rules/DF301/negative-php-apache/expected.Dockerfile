# php:*-apache runs apache2-foreground as root (port 80, then www-data workers): a suggestion names
# the port, no USER added.
FROM php:8.2-apache
RUN docker-php-ext-install pdo_mysql
COPY . /var/www/html/
