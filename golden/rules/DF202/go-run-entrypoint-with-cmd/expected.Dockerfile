# ENTRYPOINT runs `go run`, CMD gives the default arguments: the ENTRYPOINT becomes the binary, CMD stays.
FROM golang:1.22-bookworm AS builder
WORKDIR /src/cli
COPY . .
RUN go vet ./...
RUN go build -ldflags="-s -w" -o /usr/local/bin/cli ./cmd/cli

FROM debian:bookworm-slim AS production
WORKDIR /src/cli
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bin/cli /usr/local/bin/cli
COPY --from=builder /src/cli /src/cli
ENTRYPOINT ["/usr/local/bin/cli"]
CMD ["--help"]
