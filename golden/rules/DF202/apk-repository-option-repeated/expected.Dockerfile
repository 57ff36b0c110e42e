# hdf5 came from the repository named on the install's command line: production's install names it too.
FROM python:3.12-alpine3.20 AS builder
RUN apk add --repository=https://dl-cdn.alpinelinux.org/alpine/edge/testing gcc musl-dev hdf5-dev
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

FROM python:3.12-alpine3.20 AS production
RUN apk add --no-cache --repository https://dl-cdn.alpinelinux.org/alpine/edge/testing hdf5
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
CMD ["python", "app.py"]
