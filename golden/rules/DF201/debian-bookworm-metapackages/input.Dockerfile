FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential default-libmysqlclient-dev libgl-dev \
    && rm -rf /var/lib/apt/lists/*
COPY . /src
RUN make -C /src

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends \
    default-libmysqlclient-dev \
    libgl-dev \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /src/app /usr/local/bin/app
ENTRYPOINT ["app"]
