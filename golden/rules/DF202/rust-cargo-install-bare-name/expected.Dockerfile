# `cargo install` puts the program in /usr/local/cargo/bin, on the rust image's PATH.
FROM rust:1.70-bookworm AS builder
WORKDIR /src
COPY . .
RUN cargo install --path .

FROM debian:bookworm-slim AS production
WORKDIR /src
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/cargo/bin/wordfreq /usr/local/cargo/bin/wordfreq
ENV PATH=/usr/local/cargo/bin:$PATH
CMD ["wordfreq"]
