FROM ubuntu:22.04 AS builder
RUN apt-get update && apt-get install -qqy --option Dpkg::Options::="--force-confnew" --no-install-recommends \
    gcc make libzip-dev tzdata && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && make install

FROM ubuntu:22.04 AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends libzip4 tzdata ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=builder /etc/ld.so.cache /etc/ld.so.cache
COPY --from=builder /usr/local /usr/local
CMD ["zipper"]
