# python:3.11 sits on buildpack-deps, which already has gcc and libpq-dev: purging them at the end of
# the RUN would take the base image's own packages out without shrinking any layer. No rewrite.
FROM python:3.11
RUN apt-get update && apt-get install -y gcc libpq-dev && pip install psycopg2 && rm -rf /var/lib/apt/lists/*
CMD ["python", "-c", "import psycopg2"]
