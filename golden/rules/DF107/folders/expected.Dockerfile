# Folders cannot be archives: safe without a context. Flags, case and layout stay.
FROM python:3.12-slim
WORKDIR /app
COPY --chown=app:app . /app
copy ./static/ \
    /srv/static/
