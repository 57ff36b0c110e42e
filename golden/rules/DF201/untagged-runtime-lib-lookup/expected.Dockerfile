# The final stage runs on php:8.3-apache, whose tag names no Debian release: apt names the runtime
# libraries of the -dev packages (libzip4 or libzip5, libldap-2.5-0 or libldap2).
FROM gcc:12 AS builder
WORKDIR /src
COPY zipls.c .
RUN apt-get update && apt-get install -y libzip-dev && gcc -O2 -o /usr/local/bin/zipls zipls.c -lzip

FROM php:8.3-apache
RUN apt-get update && runtime_libs="$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces --no-enhances libzip-dev libldap2-dev | awk '/^[^ ]/ { dev = $1 ~ /-(multi)?dev$/ && $1 !~ /^lib(c6|crypt|nsl|tirpc)-dev$/ } dev && $1 == "Depends:" && $2 ~ /^lib/ && $2 !~ /-(multi)?(dev|bin)$/ { print $2 }' | sort -u)" && apt-get install -y --no-install-recommends $runtime_libs wait-for-it \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bin/zipls /usr/local/bin/zipls
