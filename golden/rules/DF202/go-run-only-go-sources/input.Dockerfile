# With --context: the context holds only Go sources and go.mod, so only the binary goes.
FROM golang:1.22
WORKDIR /app
COPY . .
ENV CGO_ENABLED=0
CMD ["go", "run", "."]
