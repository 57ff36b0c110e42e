# Debian buster has no package table, but legacy.tsv names the runtime libraries of these -dev
# packages there (read from buster's package pages): production installs libpq5, libxml2, libxslt1.1.
FROM python:3.8-buster
RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev libxml2-dev libxslt1-dev \
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "-m", "app"]
