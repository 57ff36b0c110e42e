# The stage links the venv's pip under another name (ckan's `ckan-pip`): installs through that name
# are pip installs and keep pip's cache the same way. A link to something else is not pip.
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends python3-venv && rm -rf /var/lib/apt/lists/*
RUN python3 -m venv /opt/app && ln -s /opt/app/bin/pip /usr/local/bin/app-pip && ln -s /opt/app/bin/python /usr/local/bin/app-python
RUN app-pip install --no-cache-dir --upgrade -r /opt/requirements.txt
RUN app-python -m compileall /opt/app
CMD ["app-python", "-m", "http.server"]
