# start.sh is found on PATH in the project's scripts folder before /usr/local/bin, where the build installs:
# it is not the build's output, so production must keep /src (it once got only /usr/local)
FROM debian:bookworm AS builder

RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
WORKDIR /build
RUN ./configure --prefix=/usr/local && make && make install

ENV SCRIPTS /src/scripts
ENV PATH ${SCRIPTS}:$PATH
COPY . /src

FROM debian:bookworm-slim AS production
WORKDIR /build
ENV SCRIPTS /src/scripts
ENV PATH ${SCRIPTS}:$PATH
COPY --from=builder /build /build
COPY --from=builder /etc/ld.so.cache /etc/ld.so.cache
COPY --from=builder /src /src
COPY --from=builder /usr/local /usr/local
WORKDIR /src

ENTRYPOINT ["start.sh"]
