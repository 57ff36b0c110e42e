# The seed's original backend image: build tools in the final image, sources copied before the
# dependencies, and the cleanup in a layer of its own.
FROM python:3.11-slim AS builder

# Installing build tools that stay in the image
RUN apt-get update && apt-get install -y --no-install-recommends \
    gcc \
    g++ \
    make \
    libpq-dev \
    curl \
    wget \
    git \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app

COPY requirements.txt .
RUN pip install --no-cache-dir --prefix=/install -r requirements.txt

FROM python:3.11-slim AS production

# Installing build tools that stay in the image
RUN apt-get update && apt-get install -y --no-install-recommends \
    libpq5 \
    curl \
    wget \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app

COPY --from=builder /install /usr/local
# This copies everything, including .venv/ and node_modules/
COPY --chown=10001 . .

# Cleanup happens after the files are already in layers
RUN find /app -type d -name __pycache__ -exec rm -rf {} +

EXPOSE 8000
RUN useradd --create-home --uid 10001 app && chown 10001 /app
USER app
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
