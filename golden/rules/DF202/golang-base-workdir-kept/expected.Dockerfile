# golang's image starts its containers in /go (its own WORKDIR) and the stage sets none: production,
# on another base, sets /go again, so the container still starts there.
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
