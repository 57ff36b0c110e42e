# The install RUN builds (pip), but a later RUN runs a project script dockopt cannot read, which may
# build with cmake and boost: they stay.
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends cmake libboost-all-dev python3-pip \
    && pip install --break-system-packages enum34 && rm -rf /var/lib/apt/lists/*
COPY . /src
RUN bash /src/ci/build_deps.sh
CMD ["/src/run-tests"]
