# `apk update && apk upgrade` leaves the index in /var/cache/apk; `apk upgrade --no-cache` fetches the
# same fresh index and keeps none, so the update goes (each later add fetches its own with --no-cache).
FROM alpine:latest
RUN apk update && apk upgrade
RUN apk add g++
RUN apk add make
