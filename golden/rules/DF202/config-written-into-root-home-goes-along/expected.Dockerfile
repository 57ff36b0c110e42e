# The daemon reads ~/.coin/coin.conf (its RPC password) at start; the stage writes it with echo into
# root's home: it goes along, though /root is otherwise left to the builder.
FROM ubuntu:22.04 AS builder
RUN apt-get update && apt-get install -y build-essential libssl-dev git
RUN git clone https://github.com/example/coin.git && cd coin/src && make -f makefile.unix
RUN mkdir /root/.coin && echo "rpcuser=coinrpc" >> /root/.coin/coin.conf && echo "rpcpassword=secret" >> /root/.coin/coin.conf

FROM ubuntu:22.04 AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends libssl3 ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /coin/src/coind /coin/src/coind
COPY --from=builder /root/.coin/coin.conf /root/.coin/coin.conf
EXPOSE 35556
CMD ["/coin/src/coind", "-listen"]
