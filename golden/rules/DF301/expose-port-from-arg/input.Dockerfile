# The port comes from an ARG whose default is 80 (gotify): below 1024, so a non-root user could not
# bind it; the rule reads the default and only suggests.
FROM debian:bookworm-slim
ARG SERVER_EXPOSE=80
ENV SERVER_PORT=$SERVER_EXPOSE
WORKDIR /app
EXPOSE $SERVER_EXPOSE
COPY gotify-app /app/
ENTRYPOINT ["./gotify-app"]
