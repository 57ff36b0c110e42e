FROM debian:jessie
RUN apt-get update && apt-get install -y --no-install-recommends fish ca-certificates curl make \
    && rm -rf /var/lib/apt/lists/*
COPY . /usr/src
WORKDIR /usr/src
RUN make install
CMD [ "fish" ]
