# the image's own server with a configuration: the entrypoint switches to redis itself
FROM redis:6.0.4-alpine
COPY redis.conf /usr/local/etc/redis/redis.conf
CMD ["redis-server", "/usr/local/etc/redis/redis.conf"]
