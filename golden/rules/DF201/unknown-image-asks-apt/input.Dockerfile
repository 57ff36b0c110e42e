# An image dockopt does not know, with apt: no table is known to hold its release, so the final stage asks
# apt which runtime libraries the -dev packages bring.
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN go build -o /app .

FROM registry.example.com/platform/base:2024.1
RUN apt-get update && apt-get install -y --no-install-recommends libssl-dev libpq-dev && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
CMD ["/app"]
