FROM python:3.5 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends nginx \
    && rm -rf /var/lib/apt/lists/*
RUN ln -sf /dev/stdout /var/log/nginx/access.log
RUN ln -sf /dev/stderr /var/log/nginx/error.log
COPY . /app
WORKDIR /app
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.5-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends nginx \
    && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /var/log/nginx && ln -sf /dev/stdout /var/log/nginx/access.log \
    && mkdir -p /var/log/nginx && ln -sf /dev/stderr /var/log/nginx/error.log
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib/python3.5/site-packages /usr/local/lib/python3.5/site-packages
CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]
