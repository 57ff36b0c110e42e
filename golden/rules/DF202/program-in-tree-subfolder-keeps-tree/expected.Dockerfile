# `./bin/imageup` runs from its sources' folder, from a subfolder of it: like a program beside its
# sources, it may read the tree at run time (config files, templates), so the tree goes along, not
# bin/imageup alone.
FROM golang:1.11.4-alpine AS builder
WORKDIR /src/github.com/example/imageup
COPY . /src/github.com/example/imageup
RUN apk add --no-cache bash ca-certificates git gcc g++ libc-dev
RUN go build -ldflags="-s -w" -o bin/imageup

FROM alpine:3.10 AS production
WORKDIR /src/github.com/example/imageup
RUN apk add --no-cache bash ca-certificates libstdc++ libgcc
COPY --from=builder /src/github.com/example/imageup /src/github.com/example/imageup
CMD ["./bin/imageup"]
