# The module a `replace` puts in a folder of the context requires one from the proxy, whose packages
# dockopt cannot read: cgo stays on, and production keeps a C library.
FROM golang:1.22-bookworm AS builder
COPY . /src
RUN cd /src/app && go build -ldflags="-s -w" -o /usr/local/bin/wordcount .

FROM debian:bookworm-slim AS production
WORKDIR /go
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bin/wordcount /usr/local/bin/wordcount
ENTRYPOINT ["/usr/local/bin/wordcount"]
