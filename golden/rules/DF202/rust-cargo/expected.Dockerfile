FROM rust:1.75-bookworm AS builder
WORKDIR /usr/src/app
COPY . .
RUN cargo build --release

FROM debian:bookworm-slim AS production
WORKDIR /usr/src/app
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates libssl3 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/src/app/target/release/hello /usr/src/app/target/release/hello
EXPOSE 8080
CMD ["./target/release/hello"]
