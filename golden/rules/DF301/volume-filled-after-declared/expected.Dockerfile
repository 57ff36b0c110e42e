# The tree is copied into the volume after the VOLUME line (as a split's production stage does): the
# COPY hands the files to the user, since a RUN after the VOLUME may be discarded.
FROM python:3.12-alpine AS builder
RUN apk add --no-cache git && git clone https://github.com/example/ctf.git /opt/ctf/

FROM python:3.12-alpine
WORKDIR /opt/ctf
RUN mkdir -p /opt/ctf && chown 10001 /opt/ctf
VOLUME ["/opt/ctf"]
COPY --chown=10001 --from=builder /opt/ctf /opt/ctf
EXPOSE 8000
RUN adduser -D -u 10001 app
USER app
ENTRYPOINT ["/opt/ctf/docker-entrypoint.sh"]
