FROM ubuntu:24.04 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends g++ make libpq-dev libxml2-dev libffi-dev \
    && rm -rf /var/lib/apt/lists/*
COPY . /src
RUN make -C /src

FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends g++ libpq-dev libxml2-dev libffi-dev \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /src/app /usr/local/bin/app
ENTRYPOINT ["app"]
