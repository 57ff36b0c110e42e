# A server on scratch whose WORKDIR is an empty folder for its database: a numeric USER could not
# write there, and there is no shell to chown it.
FROM rust:1.80 AS build
WORKDIR /src
COPY . .
RUN cargo build --release

FROM scratch
COPY --from=build /src/target/release/server /sbin/
WORKDIR /data
EXPOSE 8443
CMD ["/sbin/server", "serve"]
