# The command writes into /datastore, which the stage makes; the new user owns it and the WORKDIR
# (not what is in them), so it can create files where root could. /build is deleted, so not owned.
FROM python:3.11-slim
RUN mkdir /datastore && mkdir -p /build && rm -rf /build
WORKDIR /app
COPY changedetectionio /app/changedetectionio
COPY changedetection.py /app/changedetection.py
EXPOSE 5000
CMD ["python", "./changedetection.py", "-d", "/datastore"]
