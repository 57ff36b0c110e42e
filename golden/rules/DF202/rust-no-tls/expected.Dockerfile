# A Cargo.lock without TLS crates: Rust's std has no TLS, so production needs no CA certificates.
FROM rust:1-bookworm AS builder
WORKDIR /usr/src/wordfreq
COPY . .
RUN cargo build --release && cp target/release/wordfreq /usr/local/bin/wordfreq

FROM debian:bookworm-slim AS production
WORKDIR /usr/src/wordfreq
COPY --from=builder /usr/local/bin/wordfreq /usr/local/bin/wordfreq
CMD ["wordfreq", "--version"]
