# A dapper CI image: the entrypoint lives in the source tree mounted at run time, not in the image.
FROM golang:1.21
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
RUN go install golang.org/x/lint/golint@latest
ENV DAPPER_SOURCE /go/src/github.com/rancher/thing/
WORKDIR ${DAPPER_SOURCE}
ENTRYPOINT ["./scripts/entry"]
CMD ["ci"]
