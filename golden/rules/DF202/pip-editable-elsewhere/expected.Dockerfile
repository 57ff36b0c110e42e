# `pip install -e /src[tests]` run from '/' writes its metadata into /src, not into '/'.
FROM python:3.11 AS builder
RUN apt-get update && apt-get install -y gcc && rm -rf /var/lib/apt/lists/*
COPY . /src
RUN pip install --no-cache-dir -e /src[tests]

FROM python:3.11-slim AS production
COPY --from=builder /src /src
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
CMD ["python", "-m", "app"]
