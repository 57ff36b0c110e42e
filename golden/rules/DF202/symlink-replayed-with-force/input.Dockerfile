# The stage removes /bin/sh and links bash there. Production's base has its own /bin/sh, so the link
# is made again with -f: a plain `ln -s` would fail on the existing file.
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/* \
    && rm -f /bin/sh && ln -s /bin/bash /bin/sh
WORKDIR /src
COPY hello.c .
RUN gcc -O2 -o /usr/local/bin/hello hello.c
CMD ["/usr/local/bin/hello"]
