# Installs in a loop: -y goes into the loop body, the cleanup after `done`.
FROM debian:12-slim
RUN apt-get update && \
    for pkg in curl wget; do \
        apt-get install -y --no-install-recommends "$pkg"; \
    done && \
    rm -rf /var/lib/apt/lists/*
