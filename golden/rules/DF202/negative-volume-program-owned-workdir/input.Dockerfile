# A dapper CI image whose WORKDIR was handed to a user (as DF301 does): the chown holds no program, so
# ./scripts/entry still comes with a volume and the toolchain stays.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev git ca-certificates wget \
    && rm -rf /var/lib/apt/lists/*
ENV GOPATH=/go PATH=/go/bin:/usr/local/go/bin:${PATH}
RUN wget -O - https://storage.googleapis.com/golang/go1.21.0.linux-amd64.tar.gz | tar -xzf - -C /usr/local \
    && go get github.com/rancher/trash
WORKDIR /go/src/github.com/rancher/app
RUN useradd --create-home --uid 10001 app && chown 10001 /go/src/github.com/rancher/app
USER app
ENTRYPOINT ["./scripts/entry"]
CMD ["ci"]
