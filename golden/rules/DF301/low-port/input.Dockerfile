FROM python:3.12-slim
COPY . /app
EXPOSE 80
CMD ["python", "/app/server.py", "--port", "80"]
