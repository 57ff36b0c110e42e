# `cargo install diesel_cli` installs a tool from crates.io: it fetches none of the project's
# dependencies, so the project's own install after `COPY . .` still downloads them on every change.
FROM rust:1.80
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
RUN cargo install diesel_cli --no-default-features --features postgres
COPY Cargo.toml Cargo.lock ./
RUN mkdir -p src && echo 'fn main() {}' > src/main.rs && cargo fetch && rm -f src/main.rs
COPY . .
RUN cargo install --path ./
CMD ["app"]
