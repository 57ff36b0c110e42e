FROM ubuntu:18.04 AS builder
RUN apt-get update && apt-get install -y git nginx build-essential python
WORKDIR /opt
# emsdk keeps the SDK it fetches in its own folder
RUN git clone https://github.com/emscripten-core/emsdk.git && \
    cd emsdk && \
    ./emsdk install latest && \
    ./emsdk activate latest
ENV PATH /opt/emsdk:/opt/emsdk/upstream/emscripten:$PATH
WORKDIR /var/www/html
COPY . /var/www/html
RUN make

FROM ubuntu:18.04 AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends nginx python \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /opt
ENV PATH /opt/emsdk:/opt/emsdk/upstream/emscripten:$PATH
WORKDIR /var/www/html
COPY --from=builder /var/www/html /var/www/html
EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]
