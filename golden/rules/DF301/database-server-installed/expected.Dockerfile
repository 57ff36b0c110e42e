# A database server installed beside the application: the start script most likely starts it (service
# mysql start), which needs root, so the rule names the package and applies nothing.
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends default-mysql-server && rm -rf /var/lib/apt/lists/*
COPY server /opt/server
COPY entrypoint.sh /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
