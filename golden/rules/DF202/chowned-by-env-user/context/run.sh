#!/bin/sh
exec bundle exec puma
