# `apt-get build-dep` installs the libraries lxml builds against, under names no table lists: production
# could not install their runtime twins, and lxml would fail to import there. Not split.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends python3-pip \
    && apt-get build-dep -y python3-lxml && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY requirements.txt .
RUN pip3 install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python3", "main.py"]
