# cgo is left on. The build runs in app/ behind a `cd`, and app/go.mod requires only a module its
# `replace` puts in a folder of the context: no package uses cgo, so the binary links statically.
FROM golang:1.22 AS builder
COPY . /src
RUN cd /src/app && go build -ldflags="-s -w" -o /usr/local/bin/wordcount .

FROM gcr.io/distroless/static-debian12 AS production
WORKDIR /go
COPY --from=builder /usr/local/bin/wordcount /usr/local/bin/wordcount
ENTRYPOINT ["/usr/local/bin/wordcount"]
