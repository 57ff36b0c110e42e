# `go install` puts the program in /go/bin, which the golang image has on PATH: the command names it
# bare. Production, on a plain Debian image, puts /go/bin on PATH again
# (without --context the sources cannot show the binary links statically).
FROM golang:1.21-bookworm AS builder
WORKDIR /go/src/app
COPY . .
RUN go install -ldflags="-s -w" ./...

FROM debian:bookworm-slim AS production
WORKDIR /go/src/app
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /go/bin /go/bin
ENV PATH="/go/bin:$PATH"
CMD ["app", "serve"]
