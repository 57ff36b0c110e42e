FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 80
# the server's port is only on its command line
CMD ["gunicorn", "--bind", "0.0.0.0:80", "--workers", "2", "app:app"]
