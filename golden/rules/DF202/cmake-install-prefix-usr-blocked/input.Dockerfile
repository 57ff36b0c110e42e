FROM debian:bookworm
RUN apt-get update && apt-get install -y g++ cmake make
WORKDIR /src
COPY . .
RUN mkdir build && cd build && cmake .. -DCMAKE_INSTALL_PREFIX=/usr && make && make install
CMD ["server"]
