# `pip install -e .` in a clone under /tmp: site-packages only points at /tmp/tool, which production needs.
FROM ubuntu:20.04 AS builder
RUN apt-get update && apt-get install -y git python3-dev python3-pip
WORKDIR /tmp
RUN git clone https://github.com/example/tool && \
    cd tool && \
    pip3 install -e .

FROM ubuntu:20.04 AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 python3-pkg-resources \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /tmp
COPY --from=builder /tmp/tool /tmp/tool
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib /usr/local/lib
CMD ["tool", "--help"]
