FROM python:3.12-slim
COPY --from=ghcr.io/astral-sh/uv:0.5 /uv /usr/local/bin/
WORKDIR /app
COPY requirements.txt .
# uv pip reads requirements.txt as pip does
RUN uv pip install --system --no-cache -r requirements.txt
COPY . .
CMD ["python", "main.py"]
