# LD_LIBRARY_PATH names /usr/local/lib, which `make install` wrote: production copies the prefix
# whole, so the split goes ahead.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential git ca-certificates \
    && rm -rf /var/lib/apt/lists/*
RUN git clone --depth 1 https://github.com/example/tool.git /src \
    && cd /src && ./configure --prefix=/usr/local && make && make install
ENV LD_LIBRARY_PATH=/usr/local/lib
CMD ["/usr/local/bin/tool"]
