FROM golang:1.22 AS builder

WORKDIR /src
COPY go.mod ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /app/server ./cmd/server

FROM gcr.io/distroless/static-debian12 AS production
WORKDIR /src
COPY --from=builder /app/server /app/server

ENV PORT=8080
EXPOSE 8080
USER nobody
ENTRYPOINT ["/app/server"]
