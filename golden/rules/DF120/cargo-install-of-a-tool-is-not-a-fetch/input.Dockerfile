# `cargo install diesel_cli` installs a tool from crates.io: it fetches none of the project's
# dependencies, so the project's own install after `COPY . .` still downloads them on every change.
FROM rust:1.80
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
RUN cargo install diesel_cli --no-default-features --features postgres
COPY . .
RUN cargo install --path ./
CMD ["app"]
