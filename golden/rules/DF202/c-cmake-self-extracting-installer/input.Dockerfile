FROM ubuntu:20.04

RUN apt-get update && apt-get install -y --no-install-recommends build-essential wget ca-certificates \
    && rm -rf /var/lib/apt/lists/*

RUN wget -q https://github.com/Kitware/CMake/releases/download/v3.27.9/cmake-3.27.9-linux-x86_64.sh \
    && mkdir /opt/cmake \
    && sh cmake-3.27.9-linux-x86_64.sh --prefix=/opt/cmake --skip-license \
    && rm cmake-3.27.9-linux-x86_64.sh
ENV PATH=/opt/cmake/bin:$PATH

WORKDIR /src
COPY . .
RUN cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build

CMD ["./build/hello"]
