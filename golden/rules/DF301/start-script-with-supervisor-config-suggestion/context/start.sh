#!/bin/sh
python manage.py migrate
exec /usr/bin/supervisord -c /etc/supervisord.conf
