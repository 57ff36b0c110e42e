FROM rust:1.78 AS build
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
COPY server/Cargo.toml server/
COPY crates/a/Cargo.toml crates/a/
RUN mkdir -p server/src crates/a/src && echo 'fn main() {}' > server/src/main.rs && echo 'fn main() {}' > crates/a/src/lib.rs && cargo fetch && rm -f server/src/main.rs crates/a/src/lib.rs
COPY . .
RUN cargo build --release
