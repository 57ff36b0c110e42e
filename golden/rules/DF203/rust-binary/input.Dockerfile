FROM rust:1.79
COPY target/release/api /usr/local/bin/api
CMD ["api"]
