# godep only fetches the build's dependencies; production takes only the built program, so the
# unknown tool stays in the builder.
FROM golang:1.22 AS builder
WORKDIR /go/src/app
COPY . .
RUN go get github.com/tools/godep && godep restore
RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /usr/local/bin/app .

FROM gcr.io/distroless/static-debian12 AS production
WORKDIR /go/src/app
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
ENTRYPOINT ["/usr/local/bin/app"]
