# A Cargo.lock without TLS crates: Rust's std has no TLS, so production needs no CA certificates.
FROM rust:1
WORKDIR /usr/src/wordfreq
COPY . .
RUN cargo build --release && cp target/release/wordfreq /usr/local/bin/wordfreq
CMD ["wordfreq", "--version"]
