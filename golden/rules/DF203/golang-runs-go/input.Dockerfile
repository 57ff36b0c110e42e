FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/goproxy .

# A Go module proxy: the program runs 'go mod download', with the VCS tools 'go get' calls.
FROM golang:1.22
RUN apt-get update && apt-get install -y --no-install-recommends mercurial subversion && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/goproxy /goproxy
VOLUME /go
ENTRYPOINT ["/goproxy"]
