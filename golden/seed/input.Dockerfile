# The seed's original backend image: build tools in the final image, sources copied before the
# dependencies, and the cleanup in a layer of its own.
FROM python:3.11-slim

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

# This copies everything, including .venv/ and node_modules/
COPY . .

RUN pip install -r requirements.txt

# Cleanup happens after the files are already in layers
RUN find /app -type d -name __pycache__ -exec rm -rf {} +

EXPOSE 8000
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
