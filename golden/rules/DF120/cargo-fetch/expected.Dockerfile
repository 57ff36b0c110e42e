FROM rust:1.78 AS build
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
RUN mkdir -p src && echo 'fn main() {}' > src/main.rs && cargo fetch && rm -f src/main.rs
COPY . .
RUN cargo fetch --locked
RUN cargo build --release --offline
