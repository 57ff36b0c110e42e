# net uses the C resolver when cgo is on: the binary needs libc, so production is debian slim.
FROM golang:1.22
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/tool .
ENTRYPOINT ["/usr/local/bin/tool"]
