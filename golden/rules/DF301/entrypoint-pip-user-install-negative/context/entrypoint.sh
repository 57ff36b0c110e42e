#!/usr/bin/env bash
set -e
[ -z "$EXTRA_PIP_PACKAGES" ] || pip install --user $EXTRA_PIP_PACKAGES
exec "$@"
