FROM alpine:3.20
RUN apk add --no-cache curl
RUN apk --no-cache add git
RUN apk update
RUN apk update && apk upgrade && apk add --no-cache bash
RUN --mount=type=cache,target=/var/cache/apk apk add jq
RUN ["apk", "add", "tzdata"]
