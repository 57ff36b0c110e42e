FROM ubuntu:16.04 AS builder
RUN apt-get update && apt-get install -y python python-dev python-pip
WORKDIR /src
COPY . .
RUN python setup.py install

FROM ubuntu:16.04 AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends python python-pkg-resources \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=builder /src /src
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib /usr/local/lib
CMD ["mytool"]
