FROM python:3.12-slim
WORKDIR /app
COPY pyproject.toml poetry.lock* ./
RUN poetry install --no-root --only main
COPY . .
CMD ["python", "-m", "app"]
