# A dapper build container: ./scripts/entry and the sources come from the host through a volume, and the
# build writes bin/ and dist/ there, as the host's user owns them: a new user may not write them.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends gcc git ca-certificates \
    && rm -rf /var/lib/apt/lists/*
ENV DAPPER_SOURCE=/go/src/github.com/rancher/app DAPPER_OUTPUT="./bin ./dist"
WORKDIR /go/src/github.com/rancher/app
ENTRYPOINT ["./scripts/entry"]
CMD ["ci"]
