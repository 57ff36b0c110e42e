# `poetry install` makes the project's virtualenv under ~/.cache/pypoetry/virtualenvs: `poetry run`
# needs it, so production copies it (a cache folder, but no download cache).
FROM python:3.11 AS builder
RUN pip install poetry
WORKDIR /app
COPY pyproject.toml poetry.lock ./
RUN poetry install --no-root
COPY . .

FROM python:3.11-slim AS production
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /root/.cache/pypoetry/virtualenvs /root/.cache/pypoetry/virtualenvs
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
CMD ["poetry", "run", "python", "app.py"]
