# A development stage built on the application stage creates a user from build arguments declared in
# it. Production's setup goes with the first stage's last write, before those ARGs: they are declared
# again in front of it, and the `|| true` of an existing group is kept, grouped.
FROM php:8.2-apache AS app
RUN apt-get update && apt-get install -y --no-install-recommends libicu-dev \
    && docker-php-ext-install intl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . /app

FROM app AS builder
ARG USERID
ARG GROUPID
RUN ( addgroup --gid $GROUPID app || true ) && ( adduser --uid $USERID --gid $GROUPID app )
RUN yes | pecl install xdebug && docker-php-ext-enable xdebug

FROM php:8.2-apache AS dev
ARG USERID
ARG GROUPID
RUN apt-get update \
    && runtime_libs="$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces --no-enhances libicu-dev | awk '/^[^ ]/ { dev = $1 ~ /-(multi)?dev$/ && $1 !~ /^lib(c6|crypt|nsl|tirpc)-dev$/ } dev && $1 == "Depends:" && $2 ~ /^lib/ && $2 !~ /-(multi)?(dev|bin)$/ { print $2 }' | sort -u)" \
    && apt-get install -y --no-install-recommends $runtime_libs \
    && rm -rf /var/lib/apt/lists/* \
    && { addgroup --gid $GROUPID app || true; } \
    && adduser --uid $USERID --gid $GROUPID app
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/etc/php/conf.d /usr/local/etc/php/conf.d
COPY --from=builder /usr/local/lib/php/extensions /usr/local/lib/php/extensions
ARG USERID
ARG GROUPID
