# GOPATH-era project: the working directory names $GOPATH, which only the golang image sets, so it
# is written out for the runtime base.
FROM golang:1.21
RUN go install github.com/example/tool@v1.2.0
ADD . $GOPATH/src/github.com/example/web
WORKDIR $GOPATH/src/github.com/example/web
EXPOSE 8080
CMD go run main.go --port 8080
