# Ubuntu 16.04's table comes from its own package index: production installs xenial's libffi6 in
# place of libffi-dev; python-dev's interpreter stays.
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y --no-install-recommends gcc libffi-dev python-dev python-pip \
    && pip install cffi && rm -rf /var/lib/apt/lists/*
CMD ["python", "-c", "import cffi"]
