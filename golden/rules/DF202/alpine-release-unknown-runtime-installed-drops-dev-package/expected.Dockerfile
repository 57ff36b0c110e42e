# python:alpine names no Alpine release, so postgresql-dev's runtime name (libpq from 3.15,
# postgresql-libs before) is unknown; but the stage installs libpq itself: that is this release's.
FROM python:3.9-alpine AS builder
RUN apk add --no-cache gcc musl-dev postgresql-dev libpq
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .

FROM python:3.9-alpine AS production
RUN apk add --no-cache libpq
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib/python3.9/site-packages /usr/local/lib/python3.9/site-packages
CMD ["python", "app.py"]
