# cgo is left on. The build runs in app/ behind a `cd`, and app/go.mod requires only a module its
# `replace` puts in a folder of the context: no package uses cgo, so the binary links statically.
FROM golang:1.22
COPY . /src
RUN cd /src/app && go build -o /usr/local/bin/wordcount .
ENTRYPOINT ["/usr/local/bin/wordcount"]
