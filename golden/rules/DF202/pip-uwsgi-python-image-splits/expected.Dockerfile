FROM python:3.8 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends python3-dev libpq-dev \
    && rm -rf /var/lib/apt/lists/*
COPY . /app
WORKDIR /app
RUN pip install --no-cache-dir -r requirements.txt uwsgi

FROM python:3.8-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 libpq5 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib/python3.8/site-packages /usr/local/lib/python3.8/site-packages
CMD ["uwsgi", "--ini", "/app/uwsgi.ini"]
