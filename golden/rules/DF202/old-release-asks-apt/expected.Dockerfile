# Ubuntu 14.04 has no package table: the runtime names of the newest release (libffi8) do not exist
# there, so production asks apt which libraries libffi-dev brings; python-dev's interpreter stays.
FROM ubuntu:14.04 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc libffi-dev python-dev python-pip \
    && pip install cffi && rm -rf /var/lib/apt/lists/*

FROM ubuntu:14.04 AS production
RUN apt-get update \
    && runtime_libs="$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces --no-enhances libffi-dev | awk '/^[^ ]/ { dev = $1 ~ /-(multi)?dev$/ && $1 !~ /^lib(c6|crypt|nsl|tirpc)-dev$/ } dev && $1 == "Depends:" && $2 ~ /^lib/ && $2 !~ /-(multi)?(dev|bin)$/ { print $2 }' | sort -u)" \
    && apt-get install -y --no-install-recommends $runtime_libs python python-pkg-resources \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib /usr/local/lib
CMD ["python", "-c", "import cffi"]
