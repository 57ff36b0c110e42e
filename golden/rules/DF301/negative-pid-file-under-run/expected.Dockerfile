# The server's config puts its pid file under /run, where only root can write.
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ssdb-server && rm -rf /var/lib/apt/lists/* && \
    sed -i 's@pidfile = .*@pidfile = /run/ssdb.pid@' /etc/ssdb.conf
EXPOSE 8888
ENTRYPOINT ["/usr/bin/ssdb-server", "/etc/ssdb.conf"]
