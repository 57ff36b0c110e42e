# The command remounts /dev/shm before the server starts: only root can, so the rule names it.
FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends gstreamer1.0-tools && rm -rf /var/lib/apt/lists/*
COPY streamer /usr/local/bin/streamer
EXPOSE 20118
CMD mount -o remount -o size=10240M /dev/shm && streamer -d
