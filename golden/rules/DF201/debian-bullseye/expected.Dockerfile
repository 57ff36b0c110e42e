FROM python:3.9-bullseye AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc libssl-dev libffi-dev \
    && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir --prefix=/install cryptography

FROM debian:bullseye-slim
RUN apt-get update && apt-get install -y --no-install-recommends \
    libssl1.1 \
    libffi7 \
    ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /install /usr/local
CMD ["python3", "-m", "app"]
