# pycurl is built from its sdist against the libcurl4-openssl-dev the full python image ships, and it
# links libcurl.so.4, which python:3.11-slim lacks. Production installs libcurl4 (its CA certificates
# the slim image keeps).
FROM python:3.11 AS builder
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .

FROM python:3.11-slim AS production
WORKDIR /app
RUN apt-get update \
    && apt-get install -y --no-install-recommends libcurl4 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /app /app
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
CMD ["python", "app.py"]
