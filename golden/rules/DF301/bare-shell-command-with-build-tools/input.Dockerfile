# An interactive shell as the command, with build tools installed: a workbench for mounted files.
FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends git \
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt /opt/
RUN pip install --no-cache-dir -r /opt/requirements.txt
WORKDIR /srv
CMD ["/bin/bash"]
