# The project sits in a folder of the context (server/), copied whole before its build: the same
# problem as `COPY . .`, named with the manifests to copy first.
FROM rust:1.80 AS build
WORKDIR /app
COPY server/ .
RUN cargo build --release

FROM debian:bookworm-slim
COPY --from=build /app/target/release/server /usr/local/bin/server
CMD ["server"]
