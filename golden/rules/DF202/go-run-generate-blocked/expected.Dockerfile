# The command generates code before it runs: more than a plain `go run`.
FROM golang:1.22
WORKDIR /src
COPY . .
CMD go generate ./... && go run .
