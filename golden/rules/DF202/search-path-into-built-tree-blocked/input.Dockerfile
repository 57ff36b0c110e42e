# A program run from a tree the stage cloned and built in place, with PYTHONPATH into that tree:
# the program is a script that imports from there, so the split cannot copy the program alone.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential git python3-dev python3-numpy \
    && rm -rf /var/lib/apt/lists/*
RUN git clone --depth 1 https://github.com/Netflix/vmaf.git /wmaf
ENV PYTHONPATH=/wmaf/python:$PYTHONPATH
RUN cd /wmaf && make
ENTRYPOINT ["/wmaf/run_vmaf"]
