#!/bin/sh
# the database migrations run through the project's Makefile before the server
set -e
make migrate
exec "$@"
