# cgo is left on, but the context shows no package that uses it: the binary links statically.
FROM golang:1.22
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/tool .
ENTRYPOINT ["/usr/local/bin/tool"]
