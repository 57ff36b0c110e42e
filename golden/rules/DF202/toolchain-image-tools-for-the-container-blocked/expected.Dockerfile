# The final stage builds nothing, yet installs version-control tools on the Go image: they are for
# the container (a Go module proxy runs `go` and git at run time), so neither goes away.
FROM golang:1.22-alpine AS build
RUN apk add --no-cache make git
COPY . /src/goproxy
RUN cd /src/goproxy && CGO_ENABLED=0 make

FROM golang:1.22-alpine
RUN apk add --no-cache git mercurial subversion
COPY --from=build /src/goproxy/bin/goproxy /goproxy
EXPOSE 8081
ENTRYPOINT ["/goproxy"]
