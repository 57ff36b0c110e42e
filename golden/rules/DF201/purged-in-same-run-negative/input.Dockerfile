FROM ubuntu:24.04
# mvt: the build packages are purged before the layer ends, so they never reach the image
RUN apt-get update \
  && apt-get install -y --no-install-recommends build-essential python3-dev libssl-dev \
  && uv pip install --system --no-cache ./mvt \
  && apt-get purge -y --auto-remove build-essential python3-dev libssl-dev \
  && rm -rf /var/lib/apt/lists/*
CMD /bin/bash
