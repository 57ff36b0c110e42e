# mysqld is told to switch to its own user (--user=mysql), which it does from root: left alone.
FROM ubuntu:24.04
RUN groupadd -r mysql && useradd -r -g mysql mysql
COPY mysql /usr/local/mysql
WORKDIR /usr/local/mysql
VOLUME /var/lib/mysql
COPY docker-entrypoint.sh /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
CMD ["mysqld", "--datadir=/var/lib/mysql", "--user=mysql"]
