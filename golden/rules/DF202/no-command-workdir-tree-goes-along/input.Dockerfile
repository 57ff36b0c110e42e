# No command on a base dockopt does not know (32bit/debian), but the stage builds its own project:
# './configure && make install' in the folder the build context went to. That build is the image's
# purpose, so it is split, and the tree of the last WORKDIR (the project's scripts) goes along.
FROM 32bit/debian:jessie
RUN apt-get update && apt-get install -y g++ make perl && rm -rf /var/lib/apt/lists/*
ADD . /ParsCit
WORKDIR /ParsCit/crfpp/CRF++-0.51
RUN ./configure && make && make install
RUN cp crf_learn crf_test ..
WORKDIR /ParsCit/bin
