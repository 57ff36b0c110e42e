FROM gcc:12 AS builder

RUN apt-get update && apt-get install -y --no-install-recommends libssl-dev zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /usr/src/hello
COPY . .
RUN make -j2

FROM debian:bookworm-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends libssl3 zlib1g ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/hello
COPY --from=builder /usr/src/hello /usr/src/hello

EXPOSE 9000
CMD ["./hello", "--port", "9000"]
