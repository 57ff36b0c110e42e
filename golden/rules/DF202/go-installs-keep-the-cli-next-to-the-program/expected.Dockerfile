FROM golang:1.22-bookworm AS builder
WORKDIR /go/src/app
COPY . .
RUN go install -ldflags="-s -w" . && go install -ldflags="-s -w" ./cmd/appctl

FROM debian:bookworm-slim AS production
WORKDIR /go/src/app
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /go/bin /go/bin
ENV PATH="/go/bin:$PATH"
ENTRYPOINT ["app", "--data", "/data"]
