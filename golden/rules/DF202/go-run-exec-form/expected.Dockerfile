# A service run with `go run`: every start compiles it, with the whole toolchain in the image.
FROM golang:1.22-bookworm AS builder
WORKDIR /src/shortener
COPY . .
RUN go mod download
RUN go build -ldflags="-s -w" -tags netgo -o /usr/local/bin/shortener .

FROM debian:bookworm-slim AS production
WORKDIR /src/shortener
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bin/shortener /usr/local/bin/shortener
COPY --from=builder /src/shortener /src/shortener
EXPOSE 8080
CMD ["/usr/local/bin/shortener", "-listen", ":8080"]
