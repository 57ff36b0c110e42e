# hdf5 came from the repository named on the install's command line: production's install names it too.
FROM python:3.12-alpine3.20
RUN apk add --repository=https://dl-cdn.alpinelinux.org/alpine/edge/testing gcc musl-dev hdf5-dev
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "app.py"]
