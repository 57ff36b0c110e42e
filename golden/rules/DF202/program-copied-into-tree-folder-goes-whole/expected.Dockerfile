FROM golang:1.12 AS builder
WORKDIR /data
COPY . /data
RUN go build -ldflags="-s -w" -mod=readonly \
    && cp -r /data/tank /data/build

FROM debian:bookworm-slim AS production
WORKDIR /data
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /data/build /data/build
EXPOSE 6010
ENTRYPOINT ["/data/build/tank"]
