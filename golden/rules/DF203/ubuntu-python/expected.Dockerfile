FROM python:3.10-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
RUN pip3 install --no-cache-dir flask==3.0.0
COPY app.py .
CMD ["python3", "app.py"]
