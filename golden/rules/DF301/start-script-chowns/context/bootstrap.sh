#!/usr/bin/env bash
mkdir -p data/favicons
python manage.py migrate
# Ensure folders are owned by the right user
chown -R www-data: /etc/linkding/data
exec uwsgi --http [::]:9090 uwsgi.ini
