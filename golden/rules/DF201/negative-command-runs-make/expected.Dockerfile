# The container builds when it starts (`make` in its shell command): the compiler stays.
FROM golang:1.22 AS tools
RUN go install github.com/cloudflare/cfssl/cmd/cfssl@v1.6.5

FROM debian:bookworm-slim
COPY --from=tools /go/bin/cfssl /usr/bin/cfssl
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev && rm -rf /var/lib/apt/lists/*
COPY . /src
CMD cd /src && make certs
