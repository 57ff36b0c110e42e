# PYTHONPATH names a folder no RUN of the stage wrote: it says nothing about the program the build
# made, which the split copies alone, as before.
FROM ubuntu:22.04 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential git \
    && rm -rf /var/lib/apt/lists/*
RUN git clone --depth 1 https://github.com/example/tool.git /src
ENV PYTHONPATH=/opt/plugins
RUN cd /src && make

FROM ubuntu:22.04 AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
ENV PYTHONPATH=/opt/plugins
COPY --from=builder /src/tool /src/tool
ENTRYPOINT ["/src/tool"]
