# `dpkg -i FILE || apt-get -f install` runs the repair only when dpkg fails, but production's replay
# repairs the same way: the split is planned, and the builder keeps the file, so production copies it.
FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y gcc make
COPY x_1.0_amd64.deb /tmp/
RUN dpkg -i /tmp/x_1.0_amd64.deb || apt-get -f install -y
COPY . /src
RUN make -C /src install

FROM debian:bookworm-slim AS production
COPY --from=builder /tmp/x_1.0_amd64.deb /tmp/x_1.0_amd64.deb
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && { dpkg -i /tmp/x_1.0_amd64.deb || apt-get install -y -f --no-install-recommends; } \
    && rm -f /tmp/x_1.0_amd64.deb \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /etc/ld.so.cache /etc/ld.so.cache
COPY --from=builder /usr/local /usr/local
CMD ["/usr/local/bin/app"]
