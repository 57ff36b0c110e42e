FROM alpine:3.20
RUN apk add --no-cache curl git
RUN apk add --no-cache --virtual .build-deps gcc musl-dev \
 && make \
 && apk del .build-deps
