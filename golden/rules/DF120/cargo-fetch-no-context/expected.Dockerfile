FROM rust:1.78 AS build
WORKDIR /app
COPY . .
RUN cargo fetch --locked
RUN cargo build --release --offline
