# The project sits in a folder of the context (server/), copied whole before its build: the same
# problem as `COPY . .`, and the same fix, with the manifests copied from that folder.
FROM rust:1.80 AS build
WORKDIR /app
COPY server/ .
RUN cargo build --release

FROM debian:bookworm-slim
COPY --from=build /app/target/release/server /usr/local/bin/server
CMD ["server"]
