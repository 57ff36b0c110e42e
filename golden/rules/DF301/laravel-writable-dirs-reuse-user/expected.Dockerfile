FROM php:8.3-cli
RUN useradd --create-home web
WORKDIR /var/www/html
COPY . .
RUN chown web /var/www/html && mkdir -p storage bootstrap/cache && chown -R web storage bootstrap/cache
USER web
CMD php artisan serve --host=0.0.0.0 --port=8000
