# nginx configured with its files outside the prefix: make install fills /etc/nginx, and nginx needs
# /var/log/nginx at start. Production cannot take those from the builder as they are: not split.
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libpcre3-dev zlib1g-dev wget ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /tmp
RUN wget -q https://nginx.org/download/nginx-1.24.0.tar.gz && tar xzf nginx-1.24.0.tar.gz
WORKDIR /tmp/nginx-1.24.0
RUN ./configure --sbin-path=/usr/local/sbin/nginx --conf-path=/etc/nginx/nginx.conf \
        --error-log-path=/var/log/nginx/error.log --http-log-path=/var/log/nginx/access.log \
    && make && make install
CMD ["nginx", "-g", "daemon off;"]
