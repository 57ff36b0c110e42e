# git is installed for the server, which pulls a repository at run time
FROM alpine:3.21
RUN apk add --no-cache git gmp libev
COPY server /bin/server
RUN git config --global --add safe.directory /var/repo
ENTRYPOINT ["/bin/server"]
