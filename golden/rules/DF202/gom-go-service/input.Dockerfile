FROM golang:1.17
COPY . /go/src/github.com/example/upd
RUN go get github.com/mattn/gom \
    && cd /go/src/github.com/example/upd \
    && gom install \
    && gom build -o /usr/local/bin/upd bin/server/server.go
EXPOSE 9000
CMD ["/usr/local/bin/upd"]
