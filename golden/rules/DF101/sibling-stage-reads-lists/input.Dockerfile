# Two stages are built on `base`: `web` updates before it installs, `worker` installs from the lists
# `base` left. Removing them in `base` would break `worker`, so they stay (reported only).
FROM debian:bookworm-slim AS base
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates

FROM base AS web
RUN apt-get update && apt-get install -y --no-install-recommends nginx && rm -rf /var/lib/apt/lists/*

FROM base AS worker
RUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
