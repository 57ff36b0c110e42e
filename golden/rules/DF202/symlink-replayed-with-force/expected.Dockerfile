# The stage removes /bin/sh and links bash there. Production's base has its own /bin/sh, so the link
# is made again with -f: a plain `ln -s` would fail on the existing file.
FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/* \
    && rm -f /bin/sh && ln -s /bin/bash /bin/sh
WORKDIR /src
COPY hello.c .
RUN gcc -O2 -o /usr/local/bin/hello hello.c

FROM debian:bookworm-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && ln -sf /bin/bash /bin/sh
WORKDIR /src
COPY --from=builder /usr/local/bin/hello /usr/local/bin/hello
CMD ["/usr/local/bin/hello"]
