# With --context: the context holds only Go sources and go.mod, so only the binary goes.
FROM golang:1.22 AS builder
WORKDIR /app
COPY . .
ENV CGO_ENABLED=0
RUN go build -ldflags="-s -w" -o /usr/local/bin/app .

FROM gcr.io/distroless/static-debian12 AS production
WORKDIR /app
ENV CGO_ENABLED=0
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
CMD ["/usr/local/bin/app"]
