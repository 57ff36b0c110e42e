# Two source trees: nginx configured with --prefix=/opt/nginx, ffmpeg with the default /usr/local.
# Each `make install` goes to its own tree's prefix, and production gets both (nginx may run ffmpeg).
FROM debian:bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpcre3-dev zlib1g-dev nasm wget ca-certificates \
    && rm -rf /var/lib/apt/lists/*
RUN cd /tmp && wget -q https://nginx.org/download/nginx-1.24.0.tar.gz && tar xzf nginx-1.24.0.tar.gz \
    && cd nginx-1.24.0 && ./configure --prefix=/opt/nginx && make && make install
RUN cd /tmp && wget -q https://ffmpeg.org/releases/ffmpeg-6.0.tar.gz && tar xzf ffmpeg-6.0.tar.gz \
    && cd ffmpeg-6.0 && ./configure --disable-debug && make && make install
COPY nginx.conf /opt/nginx/conf/nginx.conf

FROM debian:bookworm-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpcre16-3 libpcre3 libpcre32-3 libpcrecpp0v5 zlib1g wget ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /etc/ld.so.cache /etc/ld.so.cache
COPY --from=builder /opt/nginx /opt/nginx
COPY --from=builder /usr/local /usr/local
CMD ["/opt/nginx/sbin/nginx", "-g", "daemon off;"]
