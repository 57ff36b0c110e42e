# The entrypoint installs $EXTRA_PIP_PACKAGES into the image's Python when the container starts
# (Prefect's image): root owns site-packages, so a non-root user would fail there.
FROM python:3.12-slim
WORKDIR /opt/app
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/* && \
    pip install --no-cache-dir prefect
COPY entrypoint.sh ./entrypoint.sh
ENTRYPOINT ["/usr/bin/tini", "-g", "--", "/opt/app/entrypoint.sh"]
