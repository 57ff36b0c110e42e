# The author made a user and still wrote `USER 0` last: running as root is a deliberate choice, which
# the rule reports but does not replace.
FROM alpine:3.20
RUN adduser -S -u 1101 -h /app tracker
USER 0
WORKDIR /app
COPY --chown=tracker . .
ENTRYPOINT ["/sbin/tini", "--", "/app/entrypoint.sh"]
