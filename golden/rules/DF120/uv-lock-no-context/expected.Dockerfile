FROM python:3.12-slim
WORKDIR /app
COPY pyproject.toml uv.lock* ./
RUN uv sync --frozen --no-install-project
COPY . .
CMD ["uv", "run", "app.py"]
