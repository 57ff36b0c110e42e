# rust:1 names no Debian release, and the registry's rust:1 is trixie since 2025-08: built there, a crate's
# C code may need glibc 2.38 symbols that production's debian:bookworm-slim lacks ("GLIBC_2.38 not
# found"). The builder is pinned to rust:1-bookworm.
FROM rust:1
WORKDIR /src
COPY . .
RUN cargo build --release
CMD ["/src/target/release/app"]
