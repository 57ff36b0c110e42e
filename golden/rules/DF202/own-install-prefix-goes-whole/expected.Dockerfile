# nginx built with --prefix=/nginx reads /nginx/conf/nginx.conf and serves /nginx/html: the whole
# prefix goes to production, not only /nginx/sbin/nginx.
FROM ubuntu:22.04 AS builder
RUN apt-get update && apt-get install -y build-essential curl libpcre3-dev zlib1g-dev
RUN mkdir -p /build /nginx && curl -fsSL https://nginx.org/download/nginx-1.24.0.tar.gz | tar xz -C /build
WORKDIR /build/nginx-1.24.0
RUN ./configure --prefix=/nginx && make && make install
COPY conf/nginx.conf /nginx/conf/nginx.conf
COPY site/ /nginx/html/

FROM ubuntu:22.04 AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl libpcre16-3 libpcre3 libpcre32-3 libpcrecpp0v5 zlib1g ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /build/nginx-1.24.0
COPY --from=builder /nginx /nginx
WORKDIR /nginx
EXPOSE 8001
CMD ["/nginx/sbin/nginx", "-g", "daemon off;"]
