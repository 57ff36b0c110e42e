# psycopg2 has no wheel: pip builds it against the libpq-dev the full python image ships, and it links
# libpq.so.5, which python:3.11-slim lacks. Production installs libpq5.
FROM python:3.11
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "app.py"]
