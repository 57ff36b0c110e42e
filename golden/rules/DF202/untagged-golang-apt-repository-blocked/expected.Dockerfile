# golang:1.19 names no Debian release, and no bookworm variant the builder could be pinned to is known: its
# /etc/apt, copied into production's debian:bookworm-slim, could name another release's sources, so the
# split is not made.
FROM golang:1.19
RUN apt-get update && apt-get install -y --no-install-recommends curl gnupg \
    && curl -sS https://dl.yarnpkg.com/debian/pubkey.gpg | gpg --dearmor -o /usr/share/keyrings/yarn.gpg \
    && echo "deb [signed-by=/usr/share/keyrings/yarn.gpg] https://dl.yarnpkg.com/debian/ stable main" > /etc/apt/sources.list.d/yarn.list \
    && apt-get update && apt-get install -y --no-install-recommends yarn \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app . && cd web && yarn install && yarn build
CMD ["/usr/local/bin/app"]
