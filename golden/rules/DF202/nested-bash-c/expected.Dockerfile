# `bash -c STR` is parsed and walked like the RUN itself: its cd lasts only inside the string.
FROM gcc:12 AS builder
COPY . /usr/src/hello
RUN bash -c 'cd /usr/src/hello && make -j2 && make install PREFIX=/usr/local'

FROM debian:bookworm-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bin/hello /usr/local/bin/hello
CMD ["hello"]
