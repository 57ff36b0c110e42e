# No command of its own: compose runs `make run-production`, a target of the Makefile copied in (vas3k.club).
FROM python:3.12-slim AS python-builder
WORKDIR /app
COPY requirements.txt ./
RUN python -m venv /opt/venv && /opt/venv/bin/pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim
ENV PATH="/opt/venv/bin:$PATH"
RUN apt-get update \
    && apt-get install --no-install-recommends -yq \
      cron \
      make \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=python-builder /opt/venv /opt/venv
COPY . .
USER 1000:1000
