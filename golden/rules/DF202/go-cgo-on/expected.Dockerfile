FROM golang:1.22-bookworm AS builder

WORKDIR /src
COPY go.mod ./
RUN go mod download
COPY . .
RUN go build -ldflags="-s -w" -o /app/server ./cmd/server

FROM debian:bookworm-slim AS production
WORKDIR /src
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /app/server /app/server

ENV PORT=8080
EXPOSE 8080
USER nobody
ENTRYPOINT ["/app/server"]
