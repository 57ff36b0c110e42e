# A dapper CI image: the project comes with a volume at run time and its ./scripts/entry builds it
# with the Go toolchain and gcc (cgo) the image holds, so the compiler stays.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y gcc ca-certificates git wget && rm -rf /var/lib/apt/lists/*
ENV GOPATH=/go PATH=/go/bin:/usr/local/go/bin:${PATH}
RUN wget -O - https://storage.googleapis.com/golang/go1.11.linux-amd64.tar.gz | tar -xzf - -C /usr/local && \
    go get github.com/rancher/trash
WORKDIR /go/src/github.com/rancher/app
ENTRYPOINT ["./scripts/entry"]
CMD ["ci"]
