# `./bin/imageup` runs from its sources' folder, from a subfolder of it: like a program beside its
# sources, it may read the tree at run time (config files, templates), so the tree goes along, not
# bin/imageup alone.
FROM golang:1.11.4-alpine
WORKDIR /src/github.com/example/imageup
COPY . /src/github.com/example/imageup
RUN apk add --no-cache bash ca-certificates git gcc g++ libc-dev
RUN go build -o bin/imageup
CMD ["./bin/imageup"]
