# net uses the C resolver when cgo is on: the binary needs libc, so production is debian slim.
FROM golang:1.22-bookworm AS builder
WORKDIR /src
COPY . .
RUN go build -ldflags="-s -w" -o /usr/local/bin/tool .

FROM debian:bookworm-slim AS production
WORKDIR /src
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bin/tool /usr/local/bin/tool
ENTRYPOINT ["/usr/local/bin/tool"]
