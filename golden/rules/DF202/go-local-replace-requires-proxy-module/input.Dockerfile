# The module a `replace` puts in a folder of the context requires one from the proxy, whose packages
# dockopt cannot read: cgo stays on, and production keeps a C library.
FROM golang:1.22
COPY . /src
RUN cd /src/app && go build -o /usr/local/bin/wordcount .
ENTRYPOINT ["/usr/local/bin/wordcount"]
