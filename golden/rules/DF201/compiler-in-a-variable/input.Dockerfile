# The compiler hides in a variable: the pip install may build against libpq-dev, so the headers move into
# the RUN that builds (and are purged there) instead of being swapped away.
FROM python:3.12 AS builder
RUN pip wheel --no-cache-dir --wheel-dir /wheels flask

FROM python:3.12-slim
ARG BUILD_DEPS
RUN apt-get update && apt-get install -y --no-install-recommends $BUILD_DEPS libpq-dev && rm -rf /var/lib/apt/lists/*
COPY --from=builder /wheels /wheels
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["flask", "run"]
