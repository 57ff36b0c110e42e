# `cd DIR;composer install`: the added install step (no scripts, no autoloader: both need the sources)
# runs after the same `cd`, with the manifests copied into that folder.
FROM php:8.2-cli
COPY --from=composer:2 /usr/bin/composer /usr/bin/composer
COPY . /var/www/html
RUN cd /var/www/html;composer install
CMD ["php", "/var/www/html/index.php"]
