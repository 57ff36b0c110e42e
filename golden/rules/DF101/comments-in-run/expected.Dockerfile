FROM ubuntu:22.04
# tools we need
RUN apt-get update \
    # fetch the lists first
    && apt-get install -y \
        curl \
        # for TLS
        ca-certificates \
    && rm -rf /var/lib/apt/lists/*
