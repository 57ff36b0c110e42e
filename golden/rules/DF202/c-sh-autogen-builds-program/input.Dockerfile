# `sh autogen.sh` runs the tree's bootstrap script as `./autogen.sh` does, without its executable bit: it
# only prepares the build (configure, Makefile.in in the tree), and production takes only the built program.
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev make autoconf automake \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN sh autogen.sh && ./configure && make
CMD ["/src/hello"]
