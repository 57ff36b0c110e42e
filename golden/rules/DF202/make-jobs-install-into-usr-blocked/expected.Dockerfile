FROM debian:bookworm
RUN apt-get update && apt-get install -y gcc make
WORKDIR /src/libfoo
COPY libfoo/ .
RUN ./configure --prefix=/usr && make -j install
WORKDIR /src/app
COPY app/ .
RUN make && make install PREFIX=/opt/app
CMD ["/opt/app/bin/app"]
