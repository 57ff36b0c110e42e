# apt-mark only changes the package database, patch edits the project tree, and meson records the
# prefix ninja installs into: production copies that prefix.
FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends meson ninja-build gcc libcurl4-openssl-dev \
    && apt-mark hold libcurl4 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN patch -p1 < fixes/portable.patch \
    && meson setup --prefix=/opt/hello build \
    && ninja -C build \
    && ninja -C build install

FROM debian:bookworm-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends libcurl4 ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=builder /etc/ld.so.cache /etc/ld.so.cache
COPY --from=builder /opt/hello /opt/hello
CMD ["/opt/hello/bin/hello"]
