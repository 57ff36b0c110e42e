FROM gcc:12 AS builder
ENV TZ=Etc/UTC
RUN apt-get update && apt-get install -y --no-install-recommends libssl-dev zlib1g-dev tzdata \
    && ln -snf /usr/share/zoneinfo/$TZ /etc/localtime && echo $TZ > /etc/timezone \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/hello
COPY . .
RUN cd src && make -j2 && cd - && cp src/hello ./hello

FROM debian:bookworm-slim AS production
ENV TZ=Etc/UTC
RUN apt-get update \
    && apt-get install -y --no-install-recommends libssl3 zlib1g tzdata ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/hello
COPY --from=builder /etc/localtime /etc/localtime
COPY --from=builder /etc/timezone /etc/timezone
COPY --from=builder /usr/src/hello /usr/src/hello
CMD ["./hello"]
