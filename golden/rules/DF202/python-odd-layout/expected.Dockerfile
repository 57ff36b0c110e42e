from python:3.11-slim as builder
workdir /app
run apt-get update && apt-get install -y --no-install-recommends gcc libffi-dev libssl-dev \
  && rm -rf /var/lib/apt/lists/*
copy requirements.txt .
run pip install --prefix=/install --no-cache-dir -r requirements.txt

from python:3.11-slim as production
workdir /app
run apt-get update && apt-get install -y --no-install-recommends libffi8 libssl3 \
  && rm -rf /var/lib/apt/lists/*
copy --from=builder /install /usr/local
copy requirements.txt .
copy . .
cmd ["python", "-m", "app"]
