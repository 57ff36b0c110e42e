FROM rust:1.78 AS build
WORKDIR /usr/src/app
COPY Cargo.toml Cargo.lock ./
RUN mkdir -p src/bin src && echo 'fn main() {}' > src/bin/app.rs && echo 'fn main() {}' > src/lib.rs && cargo fetch && rm -f src/bin/app.rs src/lib.rs
COPY . .
RUN cargo build --release
