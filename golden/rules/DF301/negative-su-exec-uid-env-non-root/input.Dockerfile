# The entrypoint drops to ${PUID}:${PGID} with su-exec, to a non-root user by default.
FROM alpine:3.19
WORKDIR /opt/app/
COPY app ./
COPY entrypoint.sh /entrypoint.sh
RUN apk add --no-cache bash ca-certificates su-exec tzdata; \
    chmod +x /entrypoint.sh
ENV PUID=1000 PGID=1000 UMASK=022
EXPOSE 5244
ENTRYPOINT [ "/entrypoint.sh" ]
