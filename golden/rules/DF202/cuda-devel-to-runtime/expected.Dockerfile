FROM nvidia/cuda:11.8.0-devel-ubuntu22.04 AS builder
WORKDIR /src
COPY . .
RUN make

FROM nvidia/cuda:11.8.0-runtime-ubuntu22.04 AS production
WORKDIR /src
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /src/saxpy /src/saxpy
CMD ["/src/saxpy"]
