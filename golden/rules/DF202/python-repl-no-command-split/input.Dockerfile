# python runs its REPL (python3) when the file sets no command. Such an image is usually run with a
# command that needs what the stage installed, not its compiler: it is split.
FROM python:3.11
RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install -r requirements.txt
