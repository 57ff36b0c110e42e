# `cargo run` compiles at every start; with --context the binary's name comes from Cargo.toml.
FROM rust:1.75
WORKDIR /usr/src/hello
COPY . .
RUN cargo fetch
CMD ["cargo", "run", "--release", "--", "--port", "8000"]
