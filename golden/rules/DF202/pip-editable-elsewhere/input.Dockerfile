# `pip install -e /src[tests]` run from '/' writes its metadata into /src, not into '/'.
FROM python:3.11
RUN apt-get update && apt-get install -y gcc && rm -rf /var/lib/apt/lists/*
COPY . /src
RUN pip install --no-cache-dir -e /src[tests]
CMD ["python", "-m", "app"]
