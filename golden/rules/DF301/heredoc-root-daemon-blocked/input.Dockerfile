# syntax=docker/dockerfile:1
FROM ubuntu:22.04
WORKDIR /app
# the start script (from compose) runs nginx and cron beside the app
RUN <<EOT
    apt-get update
    apt-get install -y --no-install-recommends nginx cron python3
    rm -rf /var/lib/apt/lists/*
EOT
COPY app.py ./
