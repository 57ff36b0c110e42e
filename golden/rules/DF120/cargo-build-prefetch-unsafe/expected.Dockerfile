FROM rust:1.78 AS build
WORKDIR /usr/src/app
COPY Cargo.toml Cargo.lock ./
RUN mkdir -p src/bin && echo 'fn main() {}' > src/bin/app.rs && cargo fetch && rm -f src/bin/app.rs
COPY . .
RUN cargo build --release
