# No command on a base dockopt does not know (32bit/debian), but the stage builds its own project:
# './configure && make install' in the folder the build context went to. That build is the image's
# purpose, so it is split, and the tree of the last WORKDIR (the project's scripts) goes along.
FROM 32bit/debian:jessie AS builder
RUN apt-get update && apt-get install -y g++ make perl && rm -rf /var/lib/apt/lists/*
ADD . /ParsCit
WORKDIR /ParsCit/crfpp/CRF++-0.51
RUN ./configure && make && make install
RUN cp crf_learn crf_test ..

FROM 32bit/debian:jessie AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends perl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /ParsCit/crfpp/CRF++-0.51
COPY --from=builder /ParsCit /ParsCit
COPY --from=builder /etc/ld.so.cache /etc/ld.so.cache
COPY --from=builder /usr/local /usr/local
WORKDIR /ParsCit/bin
