# The `apk update` is the only command of its branch: removing it would leave `then fi`, so the rule
# only reports it.
FROM alpine:3.19
RUN if [ -n "$REFRESH" ]; then apk update; fi && \
    apk add --no-cache curl
