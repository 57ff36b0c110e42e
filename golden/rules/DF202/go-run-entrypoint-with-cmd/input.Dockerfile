# ENTRYPOINT runs `go run`, CMD gives the default arguments: the ENTRYPOINT becomes the binary, CMD stays.
FROM golang:1.22
WORKDIR /src/cli
COPY . .
RUN go vet ./...
ENTRYPOINT ["go", "run", "./cmd/cli"]
CMD ["--help"]
