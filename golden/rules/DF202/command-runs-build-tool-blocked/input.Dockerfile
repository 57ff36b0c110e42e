# The container runs the toolchain itself: production without Go could not run it.
FROM golang:1.21
WORKDIR /src
COPY . .
RUN go mod download
CMD ["sh", "-c", "go run ."]
