# config/ is copied into the Go tree but holds no Go file (the context shows it): the program reads
# ./config/main.yml from its working directory, so production copies it.
FROM golang:1.22
WORKDIR /go/src/example.com/app
COPY go.mod ./
COPY cmd ./cmd
COPY config ./config
RUN CGO_ENABLED=0 go build -o /go/bin/app ./cmd/app
ENTRYPOINT ["/go/bin/app"]
CMD ["serve"]
