# The stage installs cron, whose daemon starts as root, and the command is a script that may start it:
# `USER app` would break the daemon, so DF301 only suggests.
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends cron python3 \
    && rm -rf /var/lib/apt/lists/*
COPY crontab /etc/cron.d/app
COPY run.sh /run.sh
CMD ["/run.sh"]
