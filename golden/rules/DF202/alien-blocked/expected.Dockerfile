# `alien -i` converts an rpm before installing it: production would need alien too, so the split is
# not planned and the finding names the conversion.
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends gcc make alien \
    && rm -rf /var/lib/apt/lists/*
COPY oracle-instantclient-basic-21.1.0.0.0-1.x86_64.rpm /tmp/
RUN alien -i /tmp/oracle-instantclient-basic-21.1.0.0.0-1.x86_64.rpm
WORKDIR /src
COPY . .
RUN make && make install
CMD ["/usr/local/bin/app"]
