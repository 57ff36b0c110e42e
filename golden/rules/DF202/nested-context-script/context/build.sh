#!/bin/sh
set -e
make -j2
make install PREFIX=/usr/local
