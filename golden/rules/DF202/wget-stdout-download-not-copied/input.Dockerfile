FROM debian:bookworm
RUN apt-get update && apt-get install -y gcc make wget
RUN wget -qO- https://example.com/assets-1.0.tar.gz | tar xz -C /opt
WORKDIR /src
COPY . .
RUN make hello && cp hello /usr/local/bin/hello
CMD ["hello"]
