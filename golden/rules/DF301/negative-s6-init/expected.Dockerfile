# An s6-overlay image: its /init (the base's ENTRYPOINT) starts the services in /etc/services.d as root
# and needs root to do it, so the rule stays silent.
FROM alpine:3.20
ENV S6_BEHAVIOUR_IF_STAGE2_FAILS=2
RUN apk add --no-cache python3
COPY rootfs/etc/services.d/app /etc/services.d/app
COPY app /usr/local/bin/app
