FROM python:3.11-slim
WORKDIR /app
RUN pip install --no-cache-dir fastapi
COPY . .
# pycache comes from the build context: DF110 only suggests .dockerignore
RUN find /app -type d -name __pycache__ -exec rm -rf {} +
RUN rm -rf /usr/share/doc
