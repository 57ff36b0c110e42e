FROM gcc:12 AS builder
WORKDIR /usr/src/tool
COPY . .
RUN ./configure && make && make test && make install

FROM debian:bookworm-slim AS production
WORKDIR /usr/src/tool
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bin/tool /usr/local/bin/tool
ENTRYPOINT ["/usr/local/bin/tool"]
