FROM golang:1.22
ENV GOPROXY=https://proxy.golang.org,direct
WORKDIR $GOPATH/src/example.com/app
COPY go.mod ./
RUN go mod download
COPY . $GOPATH/src/example.com/app
RUN go build .
