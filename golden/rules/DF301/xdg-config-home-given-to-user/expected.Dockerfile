# `ENV XDG_CONFIG_HOME=/config` points the program at a folder nothing makes: root's program would
# create it at first use, the new user could not, so it is made and given to the user.
FROM alpine:3.20
RUN apk add --no-cache ca-certificates
COPY rclone /usr/local/bin/
RUN adduser -D -u 10001 app && mkdir -p /config && chown 10001 /config
USER app
ENTRYPOINT ["rclone"]
ENV XDG_CONFIG_HOME=/config
