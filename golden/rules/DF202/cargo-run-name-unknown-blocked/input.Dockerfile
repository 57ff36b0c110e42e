# Without --context the binary's name (in Cargo.toml) is unknown: a suggestion.
FROM rust:1.75
WORKDIR /usr/src/hello
COPY . .
CMD cargo run
