# Held-out apps (held8): the server's ports (80, 443, 554) are written in the build stage, and the
# final stage, which exposes none, runs the server that listens on them: a plain USER would stop it
# from binding them. The rule names the port and applies nothing.
FROM ubuntu:24.04 AS build
EXPOSE 554/tcp
EXPOSE 80/tcp
EXPOSE 443/tcp
RUN apt-get update && apt-get install -y --no-install-recommends build-essential cmake && rm -rf /var/lib/apt/lists/*
COPY . /src
WORKDIR /src/build
RUN cmake .. && make -j"$(nproc)"

FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends libssl3t64 && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/media/bin
COPY --from=build /src/release/MediaServer /opt/media/bin/
COPY --from=build /src/conf/config.ini /opt/media/conf/
CMD ["./MediaServer", "-c", "../conf/config.ini"]
