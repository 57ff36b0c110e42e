# `dpkg -i FILE.deb` of a download the stage removes: production downloads the same URL with ADD
# (no curl needed) and installs it again, with apt resolving what the package depends on.
FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc make curl ca-certificates \
    && rm -rf /var/lib/apt/lists/*
RUN curl -fsSLo /tmp/dumb-init.deb https://example.com/dumb-init_1.2.5_amd64.deb \
    && dpkg -i /tmp/dumb-init.deb && rm /tmp/dumb-init.deb
WORKDIR /src
COPY . .
RUN make && make install

FROM debian:bookworm-slim AS production
ADD https://example.com/dumb-init_1.2.5_amd64.deb /tmp/dumb-init.deb
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl ca-certificates \
    && { dpkg -i /tmp/dumb-init.deb || apt-get install -y -f --no-install-recommends; } \
    && rm -f /tmp/dumb-init.deb \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=builder /etc/ld.so.cache /etc/ld.so.cache
COPY --from=builder /usr/local /usr/local
ENTRYPOINT ["/usr/bin/dumb-init", "--"]
CMD ["hello"]
