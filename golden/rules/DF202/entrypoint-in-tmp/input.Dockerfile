# The entrypoint lives in /tmp, where only builds leave files: production takes that one script along.
FROM python:3.11
RUN apt-get update && apt-get install -y gcc && rm -rf /var/lib/apt/lists/*
COPY requirements.txt /tmp/
RUN pip install --no-cache-dir -r /tmp/requirements.txt
COPY entrypoint.sh /tmp/
COPY . /src/
WORKDIR /src
ENTRYPOINT ["/tmp/entrypoint.sh"]
