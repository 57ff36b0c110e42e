# The later RUN updates before it installs, and the RUN after it reads that update's lists: the first
# RUN's lists are read by nothing, so they go in its own layer.
FROM debian:bookworm-slim AS base
RUN apt-get update && apt-get -y install --no-install-recommends libpq5 curl && rm -rf /var/lib/apt/lists/*

FROM base AS plus
RUN apt-get update && apt-get -y install --no-install-recommends chromium
RUN apt-get install -y --no-install-recommends gnupg2 && rm -rf /var/lib/apt/lists/*
