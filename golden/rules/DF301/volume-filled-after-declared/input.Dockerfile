# The tree is copied into the volume after the VOLUME line (as a split's production stage does): the
# COPY hands the files to the user, since a RUN after the VOLUME may be discarded.
FROM python:3.12-alpine AS builder
RUN apk add --no-cache git && git clone https://github.com/example/ctf.git /opt/ctf/

FROM python:3.12-alpine
WORKDIR /opt/ctf
VOLUME ["/opt/ctf"]
COPY --from=builder /opt/ctf /opt/ctf
EXPOSE 8000
ENTRYPOINT ["/opt/ctf/docker-entrypoint.sh"]
