# python:alpine names no release, so postgresql-dev's runtime name (libpq from Alpine 3.15,
# postgresql-libs before) is unknown; but the install names libpq itself: that is this release's, and
# the headers go.
FROM python:3.12-alpine AS build
RUN apk add --no-cache gcc musl-dev postgresql-dev && pip install --no-cache-dir --prefix=/install psycopg2

FROM python:3.12-alpine
RUN apk add --no-cache postgresql-dev libpq
COPY --from=build /install /usr/local
COPY app.py /app/app.py
CMD ["python", "/app/app.py"]
