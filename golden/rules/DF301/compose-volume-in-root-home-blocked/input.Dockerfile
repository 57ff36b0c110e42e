FROM python:3.11-slim
# khoj: compose keeps the program's config and models in volumes under /root, its HOME
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir .
ENTRYPOINT ["python3", "src/app/main.py"]
