# The ENV between sets a variable the COPY expands: repeated above, it would change what the COPY sees.
FROM php:8.2-apache
ARG APP_PATH=/var/www/app/
WORKDIR /var/www/app/
COPY . $APP_PATH
ENV APP_PATH=/srv/app/
RUN composer install --prefer-dist --no-dev --no-scripts
