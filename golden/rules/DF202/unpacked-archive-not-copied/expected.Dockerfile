FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y gcc make curl
RUN curl -fsSLO https://example.com/libfoo-1.0.tar.gz && tar -C /opt -xzf libfoo-1.0.tar.gz
WORKDIR /src
COPY . .
RUN make hello && cp hello /usr/local/bin/hello

FROM debian:bookworm-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=builder /opt /opt
COPY --from=builder /usr/local/bin/hello /usr/local/bin/hello
CMD ["hello"]
