FROM python:3.11-slim AS builder
RUN pip wheel --wheel-dir /wheels flask

FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev && rm -rf /var/lib/apt/lists/*
COPY --from=builder /wheels /wheels
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY plugins/ plugins/
RUN pip install --no-cache-dir ./plugins/*
CMD ["flask", "run"]
