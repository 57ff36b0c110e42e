# The COPY expands $APP_PATH; the ENV between it and the install sets another variable, so it is
# repeated above with the install (firefly-iii's shape).
FROM php:8.2-apache
ENV APP_PATH /var/www/app/
WORKDIR $APP_PATH
ADD . $APP_PATH
ENV COMPOSER_ALLOW_SUPERUSER 1
RUN composer install --prefer-dist --no-dev --no-scripts
