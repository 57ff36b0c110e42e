# An online judge: the JDK compiles its users' submissions, as fpc does Pascal. Nothing in the file builds
# or runs Java, so the JDK is kept whole.
FROM rust:1.75 AS sandbox
RUN cargo install ia-sandbox

FROM php:8.2-fpm
RUN apt-get update && apt-get install -y --no-install-recommends openjdk-17-jdk fpc && rm -rf /var/lib/apt/lists/*
COPY --from=sandbox /usr/local/cargo/bin/ia-sandbox /usr/local/bin/
COPY . /var/www/html
CMD ["php-fpm"]
