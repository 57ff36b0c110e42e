# `poetry install` makes the project's virtualenv under ~/.cache/pypoetry/virtualenvs: `poetry run`
# needs it, so production copies it (a cache folder, but no download cache).
FROM python:3.11
RUN pip install poetry
WORKDIR /app
COPY pyproject.toml poetry.lock ./
RUN poetry install --no-root
COPY . .
CMD ["poetry", "run", "python", "app.py"]
