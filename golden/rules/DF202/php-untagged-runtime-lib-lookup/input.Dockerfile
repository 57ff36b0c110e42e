# php:8.3-apache names no Debian release: libldap2-dev's and libzip-dev's runtime libraries are named
# differently on bookworm and trixie, so production asks apt for them.
FROM php:8.3-apache
WORKDIR /app
RUN apt-get update \
    && apt-get install -y git unzip libpng-dev libldap2-dev libzip-dev \
    && rm -rf /var/lib/apt/lists/* \
    && docker-php-ext-configure ldap --with-libdir="lib/$(gcc -dumpmachine)" \
    && docker-php-ext-install pdo_mysql gd ldap zip
COPY . /app
