# python:3.9.7 was replaced by 3.9.8 in 2021, before bookworm became the default: its images ran on
# bullseye, where bookworm's libffi8 does not exist. Its release is not recorded: rather than guess a
# runtime name, production asks apt which libraries libffi-dev brings.
FROM python:3.9.7 AS builder
RUN apt-get update && apt-get install -y gcc libffi-dev
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY app.py .

FROM python:3.9.7-slim AS production
RUN apt-get update \
    && runtime_libs="$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces --no-enhances libffi-dev | awk '/^[^ ]/ { dev = $1 ~ /-(multi)?dev$/ && $1 !~ /^lib(c6|crypt|nsl|tirpc)-dev$/ } dev && $1 == "Depends:" && $2 ~ /^lib/ && $2 !~ /-(multi)?(dev|bin)$/ { print $2 }' | sort -u)" \
    && apt-get install -y --no-install-recommends $runtime_libs \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /app.py /app.py
COPY --from=builder /requirements.txt /requirements.txt
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib/python3.9/site-packages /usr/local/lib/python3.9/site-packages
CMD ["python", "app.py"]
