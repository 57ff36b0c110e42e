# the server binds port 80 itself (not on its command line): a non-root user cannot, so only a suggestion
FROM python:3.12-slim
COPY . /app
EXPOSE 80
CMD ["python", "/app/server.py"]
