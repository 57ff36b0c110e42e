FROM alpine:3.20
RUN apk update \
    # runtime tools
    && apk add --no-cache \
        ca-certificates \
        # for healthchecks
        curl \
    && rm -rf /var/cache/apk/* /tmp/*
