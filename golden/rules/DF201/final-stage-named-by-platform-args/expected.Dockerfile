# The final stage picks its runner by the platform ARGs BuildKit sets: read as linux/amd64, the
# amd64 runner is the one the final image is built on, and its -dev packages become runtime ones.
FROM rust:1.81-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release

FROM debian:bookworm-slim AS runner-linux-amd64
RUN apt-get update && apt-get install -y --no-install-recommends libssl3 libpq5 ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/app /usr/local/bin/app

FROM debian:bookworm-slim AS runner-linux-arm64
RUN apt-get update && apt-get install -y --no-install-recommends libssl-dev libpq-dev ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/app /usr/local/bin/app

FROM runner-${TARGETOS}-${TARGETARCH}
USER 1000
ENTRYPOINT ["app"]
