FROM alpine:3.20
RUN apk update \
    # runtime tools
    && apk add \
        ca-certificates \
        # for healthchecks
        curl \
    && rm -rf /var/cache/apk/* /tmp/*
