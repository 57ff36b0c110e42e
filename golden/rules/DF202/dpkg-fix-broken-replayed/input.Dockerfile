# `dpkg -i FILE || apt-get -f install` runs the repair only when dpkg fails, but production's replay
# repairs the same way: the split is planned, and the builder keeps the file, so production copies it.
FROM debian:bookworm
RUN apt-get update && apt-get install -y gcc make
COPY x_1.0_amd64.deb /tmp/
RUN dpkg -i /tmp/x_1.0_amd64.deb || apt-get -f install -y
COPY . /src
RUN make -C /src install
CMD ["/usr/local/bin/app"]
