# golang:1.8's Debian release is not recorded: packages named for it (jessie-backports' libzfs)
# cannot be installed on another release, so no runtime image is known.
FROM golang:1.8
RUN echo "deb http://ftp.debian.org/debian jessie-backports main contrib" >> /etc/apt/sources.list.d/backports.list
RUN apt-get update && apt-get install --yes libzfslinux-dev
ADD zfs-exporter /go/src/github.com/ncabatoff/zfs-exporter
RUN go install github.com/ncabatoff/zfs-exporter
ENTRYPOINT /go/bin/zfs-exporter
