# x264-dev comes from Alpine 3.18's repositories, then the stage adds edge/testing for fdk-aac: one
# install in production with edge present could take edge's x264 (another soname than ffmpeg linked).
FROM alpine:3.18
RUN apk add --no-cache build-base x264-dev
RUN echo https://dl-cdn.alpinelinux.org/alpine/edge/testing >> /etc/apk/repositories && apk add --no-cache fdk-aac-dev
COPY ffmpeg /src/ffmpeg
RUN cd /src/ffmpeg && ./configure --enable-libx264 --enable-libfdk-aac && make && make install
CMD ["/usr/local/bin/ffmpeg", "-version"]
