FROM python:2.7.14-alpine3.6 AS builder
RUN apk add --no-cache gcc musl-dev libffi-dev openssl-dev
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .

FROM python:2.7.14-alpine3.6 AS production
RUN apk add --no-cache libffi libssl1.0 libcrypto1.0
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib/python2.7/site-packages /usr/local/lib/python2.7/site-packages
CMD ["python", "app.py"]
