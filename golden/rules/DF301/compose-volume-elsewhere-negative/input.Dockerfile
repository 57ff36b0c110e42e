FROM python:3.11-slim
# compose keeps the data in /data and mounts a folder read-only: nothing of it lives in root's home
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir .
ENTRYPOINT ["python3", "src/app/main.py"]
