# NodeSource's setup script runs `apt-get update`. Here nothing in its RUN installs after it (the next
# RUN updates again), so its lists are removed right after it; where an install follows in the same
# RUN, the cleanup goes after the install as usual.
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \
  && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
COPY requirements.txt /tmp/
RUN apt-get update && apt-get install -y --no-install-recommends nodejs && rm -rf /var/lib/apt/lists/*

FROM debian:bookworm-slim AS same-run
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \
  && curl -fsSL https://deb.nodesource.com/setup_lts.x | bash - \
  && apt-get install -y --no-install-recommends nodejs
