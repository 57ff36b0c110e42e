FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends cmake g++ make libcurl4-openssl-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build && cmake --install build
CMD ["hello"]
