# `FROM ubuntu` follows the latest release: production keeps the reference, not today's release number.
FROM ubuntu
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*
COPY hello.c /src/hello.c
RUN gcc -O2 -o /usr/local/bin/hello /src/hello.c
CMD ["hello"]
