# A CMD after an ENTRYPOINT that is the program itself holds the program's arguments: its `top` is a
# word for the program, not procps's top, so production installs nothing for it.
FROM golang:1.22-bookworm AS builder
COPY . /src
RUN cd /src && go build -ldflags="-s -w" -o /usr/local/bin/wordcount .

FROM debian:bookworm-slim AS production
WORKDIR /go
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bin/wordcount /usr/local/bin/wordcount
ENTRYPOINT ["/usr/local/bin/wordcount"]
CMD ["top", "3"]
