# `./go-gin-example` runs from its sources' folder and reads conf/app.ini there at start: a program
# run from the tree the build context put there takes the tree along, not the binary alone. The
# WORKDIR read golang's GOPATH, which debian-slim does not set: production writes the path out.
FROM golang:1.22-bookworm AS builder
WORKDIR $GOPATH/src/github.com/EDDYCJY/go-gin-example
COPY . $GOPATH/src/github.com/EDDYCJY/go-gin-example
RUN go build -ldflags="-s -w" .

FROM debian:bookworm-slim AS production
WORKDIR /go/src/github.com/EDDYCJY/go-gin-example
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /go/src/github.com/EDDYCJY/go-gin-example /go/src/github.com/EDDYCJY/go-gin-example
EXPOSE 8000
ENTRYPOINT ["./go-gin-example"]
