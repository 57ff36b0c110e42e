FROM python:3.12-slim
COPY --from=ghcr.io/astral-sh/uv:0.5 /uv /usr/local/bin/
WORKDIR /app
COPY . .
# uv pip reads requirements.txt as pip does
RUN uv pip install --system --no-cache -r requirements.txt
CMD ["python", "main.py"]
