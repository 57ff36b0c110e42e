# cgo is left on, but the context shows no package that uses it: the binary links statically.
FROM golang:1.22 AS builder
WORKDIR /src
COPY . .
RUN go build -ldflags="-s -w" -o /usr/local/bin/tool .

FROM gcr.io/distroless/static-debian12 AS production
WORKDIR /src
COPY --from=builder /usr/local/bin/tool /usr/local/bin/tool
ENTRYPOINT ["/usr/local/bin/tool"]
