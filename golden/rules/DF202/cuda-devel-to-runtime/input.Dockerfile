FROM nvidia/cuda:11.8.0-devel-ubuntu22.04
WORKDIR /src
COPY . .
RUN make
CMD ["/src/saxpy"]
