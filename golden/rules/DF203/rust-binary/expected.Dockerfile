FROM debian:bookworm-slim
COPY target/release/api /usr/local/bin/api
CMD ["api"]
