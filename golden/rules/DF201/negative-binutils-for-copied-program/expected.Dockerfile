# kcov links libbfd (binutils-dev in the builder): the runtime stage installs binutils for that library
FROM debian:bookworm-slim AS builder
RUN apt-get update && apt-get install -y --no-install-recommends binutils-dev build-essential cmake libdw-dev \
    && rm -rf /var/lib/apt/lists/*
COPY . /src/
RUN cmake -S /src -B /src/build && cmake --build /src/build --target install

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends binutils libdw1 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bin/kcov /usr/local/bin/
CMD ["/usr/local/bin/kcov"]
