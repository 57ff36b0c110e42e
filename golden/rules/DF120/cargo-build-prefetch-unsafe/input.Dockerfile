FROM rust:1.78 AS build
WORKDIR /usr/src/app
COPY . .
RUN cargo build --release
