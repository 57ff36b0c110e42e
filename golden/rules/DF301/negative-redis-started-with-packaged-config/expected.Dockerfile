# hubot beside the redis of the distribution, started with its configuration
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends redis-server nodejs \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/hubot
COPY . .
CMD redis-server /etc/redis/redis.conf && bin/hubot --adapter shell
