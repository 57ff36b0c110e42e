# The command writes into /datastore, which the stage makes; the new user owns it and the WORKDIR
# (not what is in them), so it can create files where root could. /build is deleted, so not owned.
FROM python:3.11-slim
RUN mkdir /datastore && mkdir -p /build && rm -rf /build
WORKDIR /app
COPY --chown=10001 changedetectionio /app/changedetectionio
COPY --chown=10001 changedetection.py /app/changedetection.py
EXPOSE 5000
RUN useradd --create-home --uid 10001 app && chown 10001 /app /datastore
USER app
CMD ["python", "./changedetection.py", "-d", "/datastore"]
