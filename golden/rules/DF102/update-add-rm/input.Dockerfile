FROM alpine:3.20
RUN apk update && \
    apk add curl git && \
    rm -rf /var/cache/apk/*
RUN apk add --virtual .build-deps gcc musl-dev \
 && make \
 && apk del .build-deps
