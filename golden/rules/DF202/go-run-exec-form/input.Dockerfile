# A service run with `go run`: every start compiles it, with the whole toolchain in the image.
FROM golang:1.22
WORKDIR /src/shortener
COPY . .
RUN go mod download
EXPOSE 8080
CMD ["go", "run", "-tags", "netgo", ".", "-listen", ":8080"]
