# A CI toolbox: tools from a Go stage, then build-essential for the jobs that run in it. No command of
# its own, so ubuntu's bash runs: its compilers are what it is for, and DF201 only suggests.
FROM golang:1.22 AS tools
RUN go install github.com/cloudflare/cfssl/cmd/cfssl@v1.6.5

FROM ubuntu:22.04
COPY --from=tools /go/bin/cfssl /usr/bin/cfssl
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libssl-dev jq \
    && rm -rf /var/lib/apt/lists/*
