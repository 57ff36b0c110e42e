# gcc:latest names no release, but production is debian:bookworm-slim, whose table names libzip4.
FROM gcc:latest
RUN apt-get update && apt-get install -y --no-install-recommends libzip-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY zipls.c .
RUN gcc -O2 -o /usr/local/bin/zipls zipls.c -lzip
CMD ["zipls", "--version"]
