# GOPATH-era project: the working directory names $GOPATH, which only the golang image sets, so it
# is written out for the runtime base.
FROM golang:1.21-bookworm AS builder
RUN go install github.com/example/tool@v1.2.0
ADD . $GOPATH/src/github.com/example/web
WORKDIR /go/src/github.com/example/web
RUN go build -ldflags="-s -w" -o /usr/local/bin/web main.go

FROM debian:bookworm-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /go/src/github.com/example/web
COPY --from=builder /usr/local/bin/web /usr/local/bin/web
COPY --from=builder /go/src/github.com/example/web /go/src/github.com/example/web
EXPOSE 8080
CMD /usr/local/bin/web --port 8080
