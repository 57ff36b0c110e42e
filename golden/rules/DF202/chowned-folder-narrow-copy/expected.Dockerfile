# The stage gives /app to its user, but production copies only the binary out of /app: production's
# WORKDIR made /app root's, so the folder is given back to app (the tool makes /app/data at run time).
FROM golang:1.22-bookworm AS builder
WORKDIR /app
RUN useradd --system --create-home app
COPY . .
RUN go build -ldflags="-s -w" -o /app/bin/notes ./cmd/notes
RUN chown -R app:app /app

FROM debian:bookworm-slim AS production
WORKDIR /app
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home app \
    && mkdir -p /app /app/bin && chown app:app /app /app/bin
COPY --from=builder --chown=app:app /app/bin/notes /app/bin/notes
USER app
CMD ["/app/bin/notes", "list"]
