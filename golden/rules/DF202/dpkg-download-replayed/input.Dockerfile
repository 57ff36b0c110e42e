# `dpkg -i FILE.deb` of a download the stage removes: production downloads the same URL with ADD
# (no curl needed) and installs it again, with apt resolving what the package depends on.
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc make curl ca-certificates \
    && rm -rf /var/lib/apt/lists/*
RUN curl -fsSLo /tmp/dumb-init.deb https://example.com/dumb-init_1.2.5_amd64.deb \
    && dpkg -i /tmp/dumb-init.deb && rm /tmp/dumb-init.deb
WORKDIR /src
COPY . .
RUN make && make install
ENTRYPOINT ["/usr/bin/dumb-init", "--"]
CMD ["hello"]
