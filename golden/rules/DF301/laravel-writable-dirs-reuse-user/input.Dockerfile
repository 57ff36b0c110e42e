FROM php:8.3-cli
RUN useradd --create-home web
WORKDIR /var/www/html
COPY . .
CMD php artisan serve --host=0.0.0.0 --port=8000
