#!/bin/bash
set -e
chown -R openfire:openfire /var/lib/openfire
exec start-stop-daemon --start --chuid openfire:openfire --exec /usr/bin/java -- -jar lib/startup.jar
