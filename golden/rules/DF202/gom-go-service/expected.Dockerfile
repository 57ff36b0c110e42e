FROM golang:1.17 AS builder
COPY . /go/src/github.com/example/upd
RUN go get github.com/mattn/gom \
    && cd /go/src/github.com/example/upd \
    && gom install \
    && gom build -o /usr/local/bin/upd bin/server/server.go

FROM debian:bullseye-slim AS production
WORKDIR /go
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bin/upd /usr/local/bin/upd
EXPOSE 9000
CMD ["/usr/local/bin/upd"]
