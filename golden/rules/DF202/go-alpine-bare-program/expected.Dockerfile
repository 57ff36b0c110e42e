# golang:1.11-alpine names no Alpine release: the table gives the last one of Go 1.11's images. The
# program runs by a bare name that the golang image's PATH found in /go/bin: production adds it.
FROM golang:1.11-alpine AS builder
WORKDIR /go/src/example.com/server
COPY . .
RUN go build -ldflags="-s -w" && mv server /go/bin/

FROM alpine:3.10 AS production
WORKDIR /go/src/example.com/server
RUN apk add --no-cache ca-certificates
COPY --from=builder /go/bin/server /go/bin/server
ENV PATH="/go/bin:$PATH"
CMD ["server"]
