# A shell to work in: the compilers are what the image is for, so DF202 only reports.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential cmake git \
    && rm -rf /var/lib/apt/lists/*
COPY . /src
WORKDIR /src
RUN make
CMD ["/bin/bash", "-l"]
