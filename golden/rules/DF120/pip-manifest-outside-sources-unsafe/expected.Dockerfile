FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt /etc/tmp/requirements.txt
RUN pip install --no-cache-dir -r /etc/tmp/requirements.txt
COPY . .
CMD ["python", "main.py"]
