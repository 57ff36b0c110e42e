FROM golang:1.21
WORKDIR /go/src/app
COPY . .
ENV GIN_MODE=release
CMD PORT=8080 go run cmd/server/main.go --verbose
