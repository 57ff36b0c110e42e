# Alpine's ldconfig only links sonames: musl keeps no /etc/ld.so.cache for production to copy.
FROM alpine:3.18 AS builder
RUN apk add --no-cache build-base curl \
 && curl -fsSL https://example.com/libfoo-1.0.tar.gz | tar xz -C /tmp \
 && cd /tmp/libfoo-1.0 && ./configure --prefix=/usr/local && make && make install \
 && ldconfig /usr/local/lib
WORKDIR /src
COPY . .
RUN make && cp app /usr/local/bin/app

FROM alpine:3.18 AS production
RUN apk add --no-cache curl ca-certificates libstdc++ libgcc
WORKDIR /src
COPY --from=builder /usr/local /usr/local
CMD ["app"]
