# duckling's shape: the builder installs into its own root home (stack install: /root/.local/bin) and
# the final stage copies the program out of it into /usr/local/bin. Nothing of this image is under
# /root: the source of a COPY --from is the other stage's.
FROM haskell:8 AS builder
WORKDIR /src
COPY . .
RUN stack install

FROM debian:buster-slim
RUN apt-get update && apt-get install -y --no-install-recommends libgmp10 && rm -rf /var/lib/apt/lists/*
COPY --from=builder /root/.local/bin/server /usr/local/bin/
EXPOSE 8000
RUN useradd --create-home --uid 10001 app
USER app
CMD ["server", "-p", "8000"]
