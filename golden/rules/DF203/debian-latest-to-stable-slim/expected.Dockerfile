# `debian` is `debian:latest`, the stable release: its slim variant is `debian:stable-slim`, not a
# release named by dockopt's table.
FROM debian:stable-slim
COPY app /usr/local/bin/app
CMD ["/usr/local/bin/app", "serve"]
