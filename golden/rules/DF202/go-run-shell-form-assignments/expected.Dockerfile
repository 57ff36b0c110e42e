FROM golang:1.21-bookworm AS builder
WORKDIR /go/src/app
COPY . .
ENV GIN_MODE=release
RUN PORT=8080 go build -ldflags="-s -w" -o /usr/local/bin/server cmd/server/main.go

FROM debian:bookworm-slim AS production
WORKDIR /go/src/app
ENV GIN_MODE=release
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bin/server /usr/local/bin/server
COPY --from=builder /go/src/app /go/src/app
CMD PORT=8080 /usr/local/bin/server --verbose
