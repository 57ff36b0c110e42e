# golang:1.11-alpine names no Alpine release: the table gives the last one of Go 1.11's images. The
# program runs by a bare name that the golang image's PATH found in /go/bin: production adds it.
FROM golang:1.11-alpine
WORKDIR /go/src/example.com/server
COPY . .
RUN go build && mv server /go/bin/
CMD ["server"]
