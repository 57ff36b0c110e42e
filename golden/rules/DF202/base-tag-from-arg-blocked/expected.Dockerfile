ARG PYTHON_VERSION=3.6
FROM python:$PYTHON_VERSION
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "app.py"]
