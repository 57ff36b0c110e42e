# The stage adds nodesource's https repository. golang:1.21 names no Debian release, so the builder is
# pinned to golang:1.21-bookworm, whose /etc/apt names production's release; debian:bookworm-slim has no CA
# certificates, so production installs them from Debian's own repositories before it copies the repository in.
FROM golang:1.21-bookworm AS builder
WORKDIR /src
COPY . .
RUN curl -sL https://deb.nodesource.com/setup_18.x | bash - && apt-get install -y nodejs
RUN go build -ldflags="-s -w" -o /usr/local/bin/app .

FROM debian:bookworm-slim AS production
WORKDIR /src
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /etc/apt /etc/apt
COPY --from=builder /usr/share/keyrings /usr/share/keyrings
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
CMD ["app"]
