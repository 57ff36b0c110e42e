# The -dev headers depend on libc6-dev, which recommends gcc: the stage's only C compiler. The build
# below compiles with it, so the fix names gcc beside --no-install-recommends.
FROM ubuntu:22.04
RUN apt-get update && apt-get install --no-install-recommends -y make libssl-dev gcc && rm -rf /var/lib/apt/lists/*
COPY . /src
RUN cd /src && ./configure && make && make install
CMD ["/usr/local/bin/app"]
