# PYTHONPATH names a folder no RUN of the stage wrote: it says nothing about the program the build
# made, which the split copies alone, as before.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential git \
    && rm -rf /var/lib/apt/lists/*
RUN git clone --depth 1 https://github.com/example/tool.git /src
ENV PYTHONPATH=/opt/plugins
RUN cd /src && make
ENTRYPOINT ["/src/tool"]
