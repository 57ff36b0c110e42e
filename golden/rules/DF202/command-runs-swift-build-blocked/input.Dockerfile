# The container compiles at start (`swift build`, against libxml2-dev's headers): the image is a build
# environment and keeps its tools.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev libxml2-dev && rm -rf /var/lib/apt/lists/*
COPY --from=swift:5.9-jammy /usr/bin/swift* /usr/bin/
WORKDIR /package
VOLUME /package
CMD swift build -Xcc -I/usr/include/libxml2 && .build/debug/Crawler
