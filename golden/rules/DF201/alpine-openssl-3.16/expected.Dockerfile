FROM alpine:3.16 AS builder
RUN apk add --no-cache build-base openssl-dev
COPY . /src
RUN make -C /src

FROM alpine:3.16
RUN apk add --no-cache \
    libssl1.1 \
    libcrypto1.1 \
    ca-certificates
COPY --from=builder /src/app /usr/local/bin/app
ENTRYPOINT ["app"]
