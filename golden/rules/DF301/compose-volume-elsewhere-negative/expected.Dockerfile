FROM python:3.11-slim
# compose keeps the data in /data and mounts a folder read-only: nothing of it lives in root's home
WORKDIR /app
COPY --chown=10001 . .
RUN pip install --no-cache-dir .
RUN useradd --create-home --uid 10001 app && chown 10001 /app
USER app
ENTRYPOINT ["python3", "src/app/main.py"]
