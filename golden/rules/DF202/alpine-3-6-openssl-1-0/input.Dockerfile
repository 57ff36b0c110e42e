FROM python:2.7.14-alpine3.6
RUN apk add --no-cache gcc musl-dev libffi-dev openssl-dev
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "app.py"]
