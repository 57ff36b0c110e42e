# php:*-apache serves on port 80 as root; a script command most likely ends by starting apache.
FROM php:8.2-apache
COPY . /var/www/html
CMD ["/var/www/html/docker/run.sh"]
