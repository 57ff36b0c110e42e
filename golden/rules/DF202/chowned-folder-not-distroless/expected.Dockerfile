# A static Go build would go onto distroless, which has no shell to give /app back to nobody: the
# folder the stage chowned keeps production on the plain OS image.
FROM golang:1.22-bookworm AS builder
ENV CGO_ENABLED=0
WORKDIR /app
COPY . .
RUN go build -ldflags="-s -w" -o /app/server .
RUN chown -R nobody:nogroup /app

FROM debian:bookworm-slim AS production
ENV CGO_ENABLED=0
WORKDIR /app
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /app && chown nobody:nogroup /app
COPY --from=builder --chown=nobody:nogroup /app/server /app/server
USER nobody
CMD ["/app/server"]
