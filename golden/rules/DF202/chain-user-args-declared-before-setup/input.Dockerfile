# A development stage built on the application stage creates a user from build arguments declared in
# it. Production's setup goes with the first stage's last write, before those ARGs: they are declared
# again in front of it, and the `|| true` of an existing group is kept, grouped.
FROM php:8.2-apache AS app
RUN apt-get update && apt-get install -y --no-install-recommends libicu-dev \
    && docker-php-ext-install intl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . /app

FROM app AS dev
ARG USERID
ARG GROUPID
RUN ( addgroup --gid $GROUPID app || true ) && ( adduser --uid $USERID --gid $GROUPID app )
RUN yes | pecl install xdebug && docker-php-ext-enable xdebug
