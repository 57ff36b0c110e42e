FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc make git ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# The trust bundles the tool reads at run time come from another repository
RUN git clone --depth 1 https://example.com/trust.git /etc/tool && make && cp bin/* /usr/local/bin/

FROM debian:bookworm-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=builder /etc/tool /etc/tool
COPY --from=builder /usr/local/bin /usr/local/bin
ENTRYPOINT ["tool"]
CMD ["serve"]
