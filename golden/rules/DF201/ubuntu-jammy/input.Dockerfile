FROM ubuntu:22.04 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends g++ make libssl-dev libjpeg-dev libmysqlclient-dev \
    && rm -rf /var/lib/apt/lists/*
COPY . /src
RUN make -C /src

FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends g++ libssl-dev libjpeg-dev libmysqlclient-dev \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /src/app /usr/local/bin/app
ENTRYPOINT ["app"]
