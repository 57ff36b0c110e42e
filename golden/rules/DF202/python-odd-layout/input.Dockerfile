from python:3.11-slim
workdir /app
run apt-get update && apt-get install -y --no-install-recommends gcc libffi-dev libssl-dev \
  && rm -rf /var/lib/apt/lists/*
copy requirements.txt .
run pip install --no-cache-dir -r requirements.txt
copy . .
cmd ["python", "-m", "app"]
