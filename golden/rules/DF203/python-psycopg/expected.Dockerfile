# psycopg 3 without [binary] loads libpq5, which python:*-slim lacks
FROM python:3.11-slim-bookworm AS app
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*
COPY requirements.txt /app/
RUN pip install --no-cache-dir -r /app/requirements.txt
COPY src/ /app/src/
CMD ["python", "-m", "src.main"]
