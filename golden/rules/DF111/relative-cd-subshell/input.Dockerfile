# Each RUN starts in the WORKDIR: merged, the first RUN's `cd` runs in a subshell so the second
# `cd xapian-core` still starts from /build.
FROM debian:12
WORKDIR /build
RUN cd xapian-core && ./configure
RUN cd xapian-core && make all install
