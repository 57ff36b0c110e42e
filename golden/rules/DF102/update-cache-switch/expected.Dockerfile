# homer's runtime stage: -U is --update-cache, a switch, so this add already has --no-cache
# (read as -U's value, --no-cache was added a second time).
FROM alpine:3.15
RUN addgroup -S lighttpd -g 1000 && adduser -D -S -u 1000 lighttpd lighttpd && \
    apk add -U --no-cache lighttpd
RUN apk add --no-cache -U curl
USER 1000:1000
CMD ["lighttpd", "-D", "-f", "/lighttpd.conf"]
