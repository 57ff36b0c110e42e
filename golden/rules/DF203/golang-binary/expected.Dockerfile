# The binary is built elsewhere (CI); the image only runs it.
FROM debian:bookworm-slim
WORKDIR /app
COPY bin/server /app/server
EXPOSE 8080
CMD ["/app/server"]
