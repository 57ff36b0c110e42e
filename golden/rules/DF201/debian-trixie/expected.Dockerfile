FROM debian:trixie AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libcurl4-openssl-dev libssl-dev \
    && rm -rf /var/lib/apt/lists/*
COPY . /src
RUN make -C /src

FROM debian:trixie-slim
RUN apt-get update && apt-get install -y --no-install-recommends libcurl4t64 libssl3t64 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /src/app /usr/local/bin/app
ENTRYPOINT ["app"]
