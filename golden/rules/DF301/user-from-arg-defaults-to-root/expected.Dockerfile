# USER names ARGs whose defaults are 0: the image runs as root unless the build passes other values.
# Which uid the files and volumes expect is the author's call: named, not rewritten.
ARG UID=0
ARG GID=0
FROM python:3.12-slim
ARG UID
ARG GID
WORKDIR /app
COPY --chown=$UID:$GID . .
RUN pip install --no-cache-dir -r requirements.txt
USER $UID:$GID
CMD ["python", "app.py"]
