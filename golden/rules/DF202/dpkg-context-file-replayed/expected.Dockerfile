# A package file from the build context, removed after its install: production repeats the COPY and
# the install. A package file the builder keeps is copied from the builder; a build tool's package
# (its file name says nasm) stays in the builder.
FROM ubuntu:22.04 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc make \
    && rm -rf /var/lib/apt/lists/*
COPY vendor/libfoo1_2.0-1_amd64.deb /tmp/libfoo1_2.0-1_amd64.deb
RUN dpkg -i /tmp/libfoo1_2.0-1_amd64.deb && rm /tmp/libfoo1_2.0-1_amd64.deb
COPY tools/ /opt/tools/
RUN dpkg -i /opt/tools/nasm_2.15.05-1_amd64.deb /opt/tools/helper.deb
WORKDIR /src
COPY . .
RUN make && make install

FROM ubuntu:22.04 AS production
COPY vendor/libfoo1_2.0-1_amd64.deb /tmp/libfoo1_2.0-1_amd64.deb
COPY --from=builder /opt/tools/helper.deb /opt/tools/helper.deb
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && { dpkg -i /tmp/libfoo1_2.0-1_amd64.deb /opt/tools/helper.deb || apt-get install -y -f --no-install-recommends; } \
    && rm -f /tmp/libfoo1_2.0-1_amd64.deb /opt/tools/helper.deb \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=builder /etc/ld.so.cache /etc/ld.so.cache
COPY --from=builder /usr/local /usr/local
CMD ["/usr/local/bin/app"]
