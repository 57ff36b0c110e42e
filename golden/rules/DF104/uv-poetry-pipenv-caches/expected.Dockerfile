# mealie's production stage: `poetry install` keeps ~/.cache/pypoetry in the layer.
FROM python:3.11-slim AS production
ENV VENV_PATH=/opt/pysetup/.venv
WORKDIR /app
COPY ./poetry.lock ./pyproject.toml ./
RUN . $VENV_PATH/bin/activate && poetry install -E pgsql --only main && rm -rf ~/.cache/pypoetry

# renku-notebooks: pipenv keeps its own cache and pip's.
FROM python:3.7-alpine AS api
COPY Pipfile Pipfile.lock /renku-notebooks/
WORKDIR /renku-notebooks
RUN pipenv install --system --deploy && rm -rf ~/.cache/pipenv ~/.cache/pip

# uv: `uv cache clean` after the last install of the RUN.
FROM python:3.12-slim
COPY --from=ghcr.io/astral-sh/uv:0.4 /uv /bin/
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-project && \
    uv pip install gunicorn && \
    uv cache clean
COPY . .
CMD ["/app/.venv/bin/gunicorn", "app:app"]
