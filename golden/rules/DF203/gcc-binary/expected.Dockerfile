FROM debian:bullseye-slim
COPY build/hello /usr/local/bin/hello
ENTRYPOINT ["hello"]
