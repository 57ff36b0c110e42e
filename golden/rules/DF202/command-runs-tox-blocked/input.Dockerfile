# `CMD tox`: every run of tox makes virtualenvs and pip-installs the project and its dependencies into
# them, compiling against the -dev packages the stage installs. The image is a build environment, like
# one whose command runs make: not split.
FROM ubuntu:22.04
RUN apt-get update \
    && apt-get -y install --no-install-recommends git libpq-dev python3-dev python3-pip \
    && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir tox
WORKDIR /app/
COPY . /app/
CMD tox
