# A link to the built program stands for it: production takes the program and the link (COPY
# follows a link it is given), not the whole project with its target/ folder.
FROM rust:1.75-bookworm AS builder
WORKDIR /usr/src/myapp
COPY . .
RUN cargo build --release --bin dmm-tools
RUN ln -s /usr/src/myapp/target/release/dmm-tools /usr/src/myapp/dmm-tools \
 && ln -s /usr/src/myapp/target/release/dmm-tools /usr/local/bin/dmm

FROM debian:bookworm-slim AS production
WORKDIR /usr/src/myapp
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && ln -sf /usr/src/myapp/target/release/dmm-tools /usr/local/bin/dmm
COPY --from=builder /usr/src/myapp/dmm-tools /usr/src/myapp/dmm-tools
COPY --from=builder /usr/src/myapp/target/release/dmm-tools /usr/src/myapp/target/release/dmm-tools
ENTRYPOINT ["./dmm-tools"]
CMD ["help"]
