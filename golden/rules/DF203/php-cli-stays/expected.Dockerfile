# php images keep PHPIZE_DEPS in every variant: there is no slimmer official one to move to.
FROM php:8.2-cli
WORKDIR /app
COPY index.php .
CMD ["php", "-S", "0.0.0.0:8080", "index.php"]
