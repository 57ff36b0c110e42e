# No command of its own, so ubuntu's bash runs, and the stage installs compilers: a development
# environment, where tools set up in root's home and installs at run time need root. Only suggested.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends gcc make git \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /work
