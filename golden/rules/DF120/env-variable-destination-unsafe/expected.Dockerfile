FROM rust:1.80 AS builder
# the legacy form: `ENV NAME value`, then the destination names it
ENV APP_HOME /usr/src/app/
WORKDIR /usr/src/app
COPY Cargo.toml Cargo.lock /usr/src/app/
RUN mkdir -p src && echo 'fn main() {}' > src/main.rs && cargo fetch && rm -f src/main.rs
COPY . $APP_HOME
WORKDIR $APP_HOME
RUN make build-linux

FROM scratch
COPY --from=builder /usr/src/app/target/release/app /app
ENTRYPOINT ["/app"]
