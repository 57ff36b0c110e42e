# Ubuntu 14.04 has no package table: the runtime names of the newest release (libffi8) do not exist
# there, so production keeps libffi-dev as the original installed it; python-dev's interpreter stays.
FROM ubuntu:14.04 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc libffi-dev python-dev python-pip \
    && pip install cffi && rm -rf /var/lib/apt/lists/*

FROM ubuntu:14.04 AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends libffi-dev python python-pkg-resources \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib /usr/local/lib
CMD ["python", "-c", "import cffi"]
