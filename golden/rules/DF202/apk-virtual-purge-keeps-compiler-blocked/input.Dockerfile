# The stage deletes its own build dependencies (the virtual group) but installs build-base and cmake
# outside it and keeps them: its author keeps them for the container (ZNC's start builds the user's
# modules with znc-buildmod), so the build tools are no leftover to split away.
FROM alpine:3.17
COPY . /src
RUN apk add --no-cache build-base cmake icu-dev openssl-dev python3 su-exec tini
RUN apk add --no-cache --virtual build-dependencies boost-dev python3-dev swig \
    && cd /src && mkdir build && cd build \
    && cmake .. -DCMAKE_INSTALL_PREFIX=/opt/app \
    && make \
    && make install \
    && apk del build-dependencies \
    && cd / && rm -rf /src
ENTRYPOINT ["/opt/app/bin/app"]
