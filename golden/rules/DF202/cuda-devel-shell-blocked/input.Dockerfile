# nvidia/cuda runs bash when the file sets no command: a build environment, not split.
FROM nvidia/cuda:11.8.0-devel-ubuntu22.04
WORKDIR /src
COPY . .
RUN make
