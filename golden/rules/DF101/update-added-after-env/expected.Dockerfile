# The second install reads the lists the first RUN fetched, an ENV apart (no merge): it gets its own
# update, and the first RUN can then remove its lists.
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends chromium && rm -rf /var/lib/apt/lists/*
ENV NODE_MAJOR=22
RUN apt-get update && apt-get install -y --no-install-recommends gnupg2 ca-certificates && \
    rm -rf /var/lib/apt/lists/* && \
    echo "node $NODE_MAJOR" > /etc/node-major
CMD ["chromium", "--headless"]
