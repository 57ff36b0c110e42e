# The venv's pip is called through the variable that names the venv: still pip, still a cache.
FROM python:3.10-slim
ENV POETRY_VENV=/app/.venv
RUN python3 -m venv $POETRY_VENV \
    && $POETRY_VENV/bin/pip install --no-cache-dir -U pip setuptools \
    && $POETRY_VENV/bin/pip install --no-cache-dir poetry==1.6.1
RUN ${POETRY_VENV}/bin/pip install --no-cache-dir torch==1.13.0
