# ADD doing what only ADD does stays: URLs, git, archives by name, ADD-only flags, variables.
FROM debian:bookworm-slim
ARG SRC=app.py
ADD https://example.org/tool.tar.gz /opt/
ADD git@github.com:moby/buildkit.git /src
ADD rootfs.tar.xz /
ADD --checksum=sha256:0000000000000000000000000000000000000000000000000000000000000000 https://example.org/a /a
ADD $SRC /app/
