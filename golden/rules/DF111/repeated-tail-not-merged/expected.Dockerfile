# The second RUN only repeats the cleanup the first one ends with: merged, it would run twice, so
# DF111 leaves that RUN alone (DF110 drops it); the RUNs after it merge among themselves.
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends jq && rm -rf /var/lib/apt/lists/*
RUN rm -rf /var/lib/apt/lists/*
RUN mkdir -p /etc/report && \
    echo '{a: 1}' > /etc/report/filter.jq
CMD ["jq", "-n", "-f", "/etc/report/filter.jq"]
