FROM php:fpm
RUN apt-get update && apt-get install -y libaio1
WORKDIR /tmp/ext
COPY ext/ .
RUN phpize && ./configure && make && make install \
 && echo extension=x.so > /usr/local/etc/php/conf.d/x.ini
