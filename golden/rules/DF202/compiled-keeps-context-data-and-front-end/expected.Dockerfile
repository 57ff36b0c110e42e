# A compiled program may read what the stage put beside it: context files copied where no build
# reads them (configs for /config) and the front-end it serves (`npm run build` in public/) go along.
FROM golang:1.22-bookworm AS builder
WORKDIR /go/src/example.com/web
COPY . .
COPY configs /config
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
RUN go build -ldflags="-s -w" -o /usr/local/bin/web .
RUN cd public && npm install && npm run build

FROM debian:bookworm-slim AS production
WORKDIR /go/src/example.com/web
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /config /config
COPY --from=builder /go/src/example.com/web/public /go/src/example.com/web/public
COPY --from=builder /usr/local/bin/web /usr/local/bin/web
ENV WEB_CONFIG_DIR=/config
VOLUME /config
CMD ["web"]
