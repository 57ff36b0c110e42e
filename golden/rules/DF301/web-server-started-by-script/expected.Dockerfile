# The stage installs nginx and the start script runs it beside the server (conductor): its master
# writes under /run and /var, which root owns, so no USER is added.
FROM alpine:3.18
RUN apk add --no-cache openjdk17-jre nginx && mkdir -p /app/logs
COPY docker/server/bin /app
COPY --from=builder /build/libs/server.jar /app/libs/conductor-server.jar
CMD [ "/app/startup.sh" ]
ENTRYPOINT [ "/bin/sh"]
