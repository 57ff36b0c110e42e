FROM golang:1.22-bookworm AS builder
ADD https://github.com/Yelp/dumb-init/releases/download/v1.2.5/dumb-init_1.2.5_x86_64 /usr/bin/dumb-init
RUN chmod +x /usr/bin/dumb-init
WORKDIR /go/src/app
COPY . .
RUN go install -ldflags="-s -w" ./cmd/server

FROM debian:bookworm-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /go/src/app
COPY --from=builder /go/bin/server /go/bin/server
COPY --from=builder /usr/bin/dumb-init /usr/bin/dumb-init
ENV PATH="/go/bin:$PATH"
CMD ["dumb-init", "server"]
