FROM rust:1.78 AS build
ARG USE_RELEASE=false
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
RUN mkdir -p src && echo 'fn main() {}' > src/main.rs && cargo fetch && rm -f src/main.rs
COPY . .
RUN if [ "$USE_RELEASE" = "true" ]; then \
      curl -sLO https://example.com/app.tar.gz && tar -xzf app.tar.gz app; \
    else \
      cargo build --release && cp target/release/app app; \
    fi && ./app --version
