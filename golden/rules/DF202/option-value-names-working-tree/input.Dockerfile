# `--workdir=/app` says the program reads the tree it was built in: production takes /app along, not
# only the program.
FROM golang:1.22
WORKDIR /app
COPY . .
RUN go build -o /usr/local/bin/server .
CMD ["server", "--workdir=/app"]
