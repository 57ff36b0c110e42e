# letta (held-out set 6) re-locks before it installs: a lock file behind pyproject.toml makes
# 'poetry install' fail, so the early install must re-lock too.
FROM python:3.12-slim
WORKDIR /app
RUN pip install --no-cache-dir poetry==2.1.3
COPY pyproject.toml poetry.lock ./
RUN poetry lock && poetry install --all-extras --no-root
COPY . .
RUN poetry lock && poetry install --all-extras && rm -rf /tmp/poetry_cache
CMD ["app"]
