# `cp build/release/bin/* /usr/local/bin/` puts the wallet CLI beside the daemon the command runs:
# users run it in the container, so production copies the folder, not only the daemon.
FROM ubuntu:22.04 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates cmake g++ git make libssl-dev
RUN git clone https://github.com/example/coin.git /usr/local/src/coin
WORKDIR /usr/local/src/coin
RUN make -j2 release-static && cp build/release/bin/* /usr/local/bin/

FROM ubuntu:22.04 AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates libssl3 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/local/src/coin
COPY --from=builder /usr/local/bin /usr/local/bin
VOLUME /wallet
CMD ["coind", "--data-dir=/data"]
