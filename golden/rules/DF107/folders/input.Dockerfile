# Folders cannot be archives: safe without a context. Flags, case and layout stay.
FROM python:3.12-slim
WORKDIR /app
ADD --chown=app:app . /app
add ./static/ \
    /srv/static/
