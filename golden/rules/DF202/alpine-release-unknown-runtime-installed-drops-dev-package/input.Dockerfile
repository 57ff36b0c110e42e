# python:alpine names no Alpine release, so postgresql-dev's runtime name (libpq from 3.15,
# postgresql-libs before) is unknown; but the stage installs libpq itself: that is this release's.
FROM python:3.9-alpine
RUN apk add --no-cache gcc musl-dev postgresql-dev libpq
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "app.py"]
