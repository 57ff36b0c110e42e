# An image dockopt does not know, with apt: no table is known to hold its release, so the final stage asks
# apt which runtime libraries the -dev packages bring.
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN go build -o /app .

FROM registry.example.com/platform/base:2024.1
RUN apt-get update && runtime_libs="$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces --no-enhances libssl-dev libpq-dev | awk '/^[^ ]/ { dev = $1 ~ /-(multi)?dev$/ && $1 !~ /^lib(c6|crypt|nsl|tirpc)-dev$/ } dev && $1 == "Depends:" && $2 ~ /^lib/ && $2 !~ /-(multi)?(dev|bin)$/ { print $2 }' | sort -u)" && apt-get install -y --no-install-recommends $runtime_libs && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
CMD ["/app"]
