# apt-get satisfy installs what a dependency string names: its lists stay like an install's (gpt-researcher).
FROM python:3.12.0-slim-bullseye
RUN apt-get update \
    && apt-get satisfy -y \
    "chromium, chromium-driver (>= 115.0)" \
    && rm -rf /var/lib/apt/lists/* \
    && chromium --version && chromedriver --version
