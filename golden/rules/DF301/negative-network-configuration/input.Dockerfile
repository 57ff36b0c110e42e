# A transparent proxy: its start script sets iptables rules, which only root (with NET_ADMIN) can.
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends redsocks iptables && rm -rf /var/lib/apt/lists/*
COPY proxy-start /usr/local/bin/proxy-start
ENTRYPOINT ["proxy-start"]
