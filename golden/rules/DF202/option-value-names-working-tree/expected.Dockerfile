# `--workdir=/app` says the program reads the tree it was built in: production takes /app along, not
# only the program.
FROM golang:1.22-bookworm AS builder
WORKDIR /app
COPY . .
RUN go build -ldflags="-s -w" -o /usr/local/bin/server .

FROM debian:bookworm-slim AS production
WORKDIR /app
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /app /app
COPY --from=builder /usr/local/bin/server /usr/local/bin/server
CMD ["server", "--workdir=/app"]
