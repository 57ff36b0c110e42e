# python runs its REPL (python3) when the file sets no command: the image is a build environment,
# so its compiler is not split away.
FROM python:3.11
RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install -r requirements.txt
