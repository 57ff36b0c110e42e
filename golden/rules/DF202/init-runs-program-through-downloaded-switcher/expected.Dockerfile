# tini (from apt) runs the worker through gosu, which the stage downloaded: both wrap the program,
# so production installs tini again, copies gosu from where the stage put it, and takes the worker.
FROM golang:1.22-bookworm AS builder
RUN apt-get update && apt-get install -y tini
ADD https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64 /usr/local/bin/gosu
RUN chmod +x /usr/local/bin/gosu
WORKDIR /go/src/worker
COPY . .
RUN go build -ldflags="-s -w" -o /usr/local/bin/worker .

FROM debian:bookworm-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends tini ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /go/src/worker
COPY --from=builder /usr/local/bin/gosu /usr/local/bin/gosu
COPY --from=builder /usr/local/bin/worker /usr/local/bin/worker
ENTRYPOINT ["tini", "--", "gosu", "nobody"]
CMD ["worker"]
