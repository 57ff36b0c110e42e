# golang names no Debian release (bookworm or trixie today); the builder is pinned to golang:bookworm, so
# its /etc/apt, copied into production's debian:bookworm-slim, names bookworm's sources: the split is made.
FROM golang:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends curl gnupg \
    && curl -sS https://dl.yarnpkg.com/debian/pubkey.gpg | gpg --dearmor -o /usr/share/keyrings/yarn.gpg \
    && echo "deb [signed-by=/usr/share/keyrings/yarn.gpg] https://dl.yarnpkg.com/debian/ stable main" > /etc/apt/sources.list.d/yarn.list \
    && apt-get update && apt-get install -y --no-install-recommends yarn \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN go build -ldflags="-s -w" -o /usr/local/bin/app . && cd web && yarn install && yarn build

FROM debian:bookworm-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/share/keyrings /usr/share/keyrings
COPY --from=builder /etc/apt /etc/apt
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl gnupg yarn ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=builder /src/web /src/web
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
CMD ["/usr/local/bin/app"]
