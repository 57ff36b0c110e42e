# Ubuntu 14.04 has no package table: the runtime names of the newest release (libffi8) do not exist
# there, so production asks apt which libraries libffi-dev brings; python-dev's interpreter stays.
FROM ubuntu:14.04
RUN apt-get update && apt-get install -y --no-install-recommends gcc libffi-dev python-dev python-pip \
    && pip install cffi && rm -rf /var/lib/apt/lists/*
CMD ["python", "-c", "import cffi"]
