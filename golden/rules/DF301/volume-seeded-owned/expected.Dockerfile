# The whole game tree is the volume, and the game writes its log/ and player/ files inside it: the new
# user owns all of the volume's files, not only its top folder.
FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
ADD . /opt/mud
RUN cd /opt/mud/src && make
RUN mkdir -p /opt/mud/log /opt/mud/player
WORKDIR /opt/mud
RUN mkdir -p /opt/mud && chown -R 10001 /opt/mud
VOLUME ["/opt/mud"]
EXPOSE 4000
RUN useradd --create-home --uid 10001 app
USER app
ENTRYPOINT ["./run.sh"]
