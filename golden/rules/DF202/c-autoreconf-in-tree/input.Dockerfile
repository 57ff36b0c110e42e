# autoreconf regenerates the tree's own build files (configure, Makefile.in, aux files) in place: with
# configure and make install into /usr/local, the build writes nothing else. The container runs the
# base image's python, not a built program, so the effect must be known for the split; a C++ compiler
# was dropped, so libstdc++ and libgcc stay for what it built.
FROM python:3.12-alpine
RUN apk add --no-cache build-base autoconf automake libtool
COPY t1utils /t1utils
WORKDIR /t1utils
RUN autoreconf -i
RUN ./configure && make && make install
WORKDIR /
