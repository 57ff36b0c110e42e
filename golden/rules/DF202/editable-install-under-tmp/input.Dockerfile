# `pip install -e .` in a clone under /tmp: site-packages only points at /tmp/tool, which production needs.
FROM ubuntu:20.04
RUN apt-get update && apt-get install -y git python3-dev python3-pip
WORKDIR /tmp
RUN git clone https://github.com/example/tool && \
    cd tool && \
    pip3 install -e .
CMD ["tool", "--help"]
