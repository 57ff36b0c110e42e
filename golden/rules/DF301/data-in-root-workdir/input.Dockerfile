# redis-server saves dump.rdb into its working directory, '/' here: as another user every save fails
# and redis then refuses writes, so the rule names it.
FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
COPY module /module
RUN make -C /module
EXPOSE 6379
CMD ["/usr/local/bin/redis-server", "--bind", "0.0.0.0", "--loadmodule", "/module/module.so"]
