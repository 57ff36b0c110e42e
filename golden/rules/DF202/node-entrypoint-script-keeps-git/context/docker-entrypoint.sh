#!/bin/sh
set -e
git config --global safe.directory /app
exec "$@"
