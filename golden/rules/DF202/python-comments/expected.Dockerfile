# syntax=docker/dockerfile:1
ARG PYTHON_VERSION=3.11
# Base image for the API
FROM python:${PYTHON_VERSION}-slim AS builder

# Native build deps (psycopg2, lxml)
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        build-essential \
        # headers for psycopg2
        libpq-dev \
        libxml2-dev \
        ca-certificates \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /srv
# Manifests first for the cache
COPY requirements.txt constraints.txt ./
# dockopt: ignore=DF104
RUN pip install --prefix=/install -r requirements.txt -c constraints.txt

COPY . .
RUN pip install --prefix=/install --no-deps .

FROM python:${PYTHON_VERSION}-slim AS production

# Native build deps (psycopg2, lxml)
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        # headers for psycopg2
        libpq5 \
        libxml2 \
        ca-certificates \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /srv
COPY --from=builder /install /usr/local
# Manifests first for the cache
COPY requirements.txt constraints.txt ./

COPY . .

CMD gunicorn -b 0.0.0.0:8000 app:app
