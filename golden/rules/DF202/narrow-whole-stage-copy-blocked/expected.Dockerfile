# Built with cgo on golang's Debian, run on alpine: without the copied stage's C library the binary
# would not start, so the copy stays and DF202 says why.
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/server ./cmd/server

FROM alpine:3.19
COPY --from=build / /
CMD ["server"]
