# `go run -exec` runs the program through another program: no plain binary stands in for it.
FROM golang:1.22
WORKDIR /src
COPY . .
CMD ["go", "run", "-exec", "/usr/local/bin/wrap", ".", "serve"]
