#!/bin/bash
chown -R ${PUID}:${PGID} /opt/app/
umask ${UMASK}
exec su-exec ${PUID}:${PGID} ./app server
