FROM python:3.12-slim AS base
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN pip install flask

FROM base AS dev
RUN pip install pytest

FROM python:3.12-slim
RUN --mount=type=cache,target=/root/.cache/pip pip install -r /dev/null
RUN pip install --no-cache-dir gunicorn
RUN PIP_NO_CACHE_DIR=true pip3 install uvicorn
