FROM golang:1.12
WORKDIR /data
COPY . /data
RUN go build -mod=readonly \
    && cp -r /data/tank /data/build
EXPOSE 6010
ENTRYPOINT ["/data/build/tank"]
