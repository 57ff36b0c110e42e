# The entrypoint lives in /tmp, where only builds leave files: production takes that one script along.
FROM python:3.11 AS builder
RUN apt-get update && apt-get install -y gcc && rm -rf /var/lib/apt/lists/*
COPY requirements.txt /tmp/
RUN pip install --no-cache-dir -r /tmp/requirements.txt
COPY entrypoint.sh /tmp/
COPY . /src/

FROM python:3.11-slim AS production
COPY --from=builder /src /src
COPY --from=builder /tmp/entrypoint.sh /tmp/entrypoint.sh
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
WORKDIR /src
ENTRYPOINT ["/tmp/entrypoint.sh"]
