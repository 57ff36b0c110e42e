FROM debian:bookworm
RUN apt-get update && apt-get install -y gcc make curl
RUN curl -fsSLO https://example.com/libfoo-1.0.tar.gz && tar -C /opt -xzf libfoo-1.0.tar.gz
WORKDIR /src
COPY . .
RUN make hello && cp hello /usr/local/bin/hello
CMD ["hello"]
