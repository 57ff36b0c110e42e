# config/ is copied into the Go tree but holds no Go file (the context shows it): the program reads
# ./config/main.yml from its working directory, so production copies it.
FROM golang:1.22 AS builder
WORKDIR /go/src/example.com/app
COPY go.mod ./
COPY cmd ./cmd
COPY config ./config
RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /go/bin/app ./cmd/app

FROM gcr.io/distroless/static-debian12 AS production
WORKDIR /go/src/example.com/app
COPY --from=builder /go/bin/app /go/bin/app
COPY --from=builder /go/src/example.com/app/config /go/src/example.com/app/config
ENV PATH="/go/bin:$PATH"
ENTRYPOINT ["/go/bin/app"]
CMD ["serve"]
