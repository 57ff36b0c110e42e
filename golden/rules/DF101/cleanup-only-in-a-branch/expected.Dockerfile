# The only cleanup sits in a branch that may not run: it does not count, so one is added right after
# the install.
FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl && \
    rm -rf /var/lib/apt/lists/* && \
    if [ -n "$SLIM" ]; then rm -rf /var/lib/apt/lists/*; fi
