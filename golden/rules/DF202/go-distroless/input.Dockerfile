FROM golang:1.22

WORKDIR /src
COPY go.mod ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /app/server ./cmd/server

ENV PORT=8080
EXPOSE 8080
USER nobody
ENTRYPOINT ["/app/server"]
