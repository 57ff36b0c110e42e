# python3-pip recommends build-essential, and the pip install below builds psycopg2 from source with it:
# --no-install-recommends would drop the compiler, so the recommends stay (the lists still go).
FROM debian:bookworm
RUN apt-get update && apt-get install -y python3-pip python3-dev libpq-dev && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip3 install --break-system-packages -r requirements.txt
CMD ["python3", "-m", "app"]
