# No `apt-get update` before the install in this RUN: `apt-cache depends` would read no index, so the
# runtime libraries stay a suggestion.
FROM gcc:12 AS builder
WORKDIR /src
COPY zipls.c .
RUN apt-get update && apt-get install -y libzip-dev && gcc -O2 -o /usr/local/bin/zipls zipls.c -lzip

FROM php:8.3-apache
RUN apt-get update
RUN apt-get install -y --no-install-recommends libzip-dev wait-for-it
COPY --from=builder /usr/local/bin/zipls /usr/local/bin/zipls
