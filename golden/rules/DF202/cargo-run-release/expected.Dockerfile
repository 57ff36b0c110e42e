# `cargo run` compiles at every start; with --context the binary's name comes from Cargo.toml.
FROM rust:1.75-bookworm AS builder
WORKDIR /usr/src/hello
COPY . .
RUN cargo fetch
RUN cargo build --release

FROM debian:bookworm-slim AS production
WORKDIR /usr/src/hello
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/src/hello/target/release/hello-web /usr/src/hello/target/release/hello-web
CMD ["/usr/src/hello/target/release/hello-web", "--port", "8000"]
