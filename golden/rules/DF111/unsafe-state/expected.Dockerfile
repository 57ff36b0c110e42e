FROM debian:12
WORKDIR /src
RUN ( cd /tmp ) && \
    touch here
