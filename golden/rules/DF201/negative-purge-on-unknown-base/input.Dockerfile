# An image dockopt has no facts on may already hold gcc: no purge at the end of the RUN.
FROM example.org/team/python-base:2024
RUN apt-get update && apt-get install -y gcc libpq-dev && pip install psycopg2 && rm -rf /var/lib/apt/lists/*
CMD ["python", "-c", "import psycopg2"]
