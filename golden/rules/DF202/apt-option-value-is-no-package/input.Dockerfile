FROM ubuntu:22.04
RUN apt-get update && apt-get install -qqy --option Dpkg::Options::="--force-confnew" --no-install-recommends \
    gcc make libzip-dev tzdata && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && make install
CMD ["zipper"]
