# 'uv run' syncs the project's environment before it runs, and root built it: as another user it fails
# (astral-sh/uv-docker-example#82). No USER is added.
FROM python:3-alpine
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir uv && uv sync
ENTRYPOINT ["uv", "run", "--project", "/app", "spotdl"]
