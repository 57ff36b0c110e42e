FROM ubuntu:trusty AS builder
RUN apt-get update \
  && apt-get -y install git cmake libssl-dev build-essential ca-certificates \
  && rm -rf /var/lib/apt/lists/*
RUN git clone https://github.com/h2o/h2o \
  && cd h2o \
  && cmake . \
  && make h2o
COPY h2o.conf /h2o/h2o.conf
COPY start.sh /h2o/start.sh

FROM ubuntu:trusty AS production
RUN apt-get update \
    && runtime_libs="$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces --no-enhances libssl-dev | awk '/^[^ ]/ { dev = $1 ~ /-(multi)?dev$/ && $1 !~ /^lib(c6|crypt|nsl|tirpc)-dev$/ } dev && $1 == "Depends:" && $2 ~ /^lib/ && $2 !~ /-(multi)?(dev|bin)$/ { print $2 }' | sort -u)" \
    && apt-get install -y --no-install-recommends $runtime_libs ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /h2o /h2o
WORKDIR /h2o
ENTRYPOINT ["/h2o/start.sh"]
CMD ["/h2o/h2o.conf"]
