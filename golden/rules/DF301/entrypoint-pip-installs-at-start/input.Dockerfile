# The entrypoint installs $EXTRA_PIP_PACKAGES into the image's Python when the container starts
# (Prefect's image): root owns site-packages, so a non-root user would fail there.
FROM python:3.12-slim
WORKDIR /opt/app
RUN pip install --no-cache-dir prefect
COPY entrypoint.sh ./entrypoint.sh
ENTRYPOINT ["/opt/app/entrypoint.sh"]
