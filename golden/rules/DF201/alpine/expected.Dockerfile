FROM python:3.12-alpine3.19 AS builder
RUN apk add --no-cache gcc musl-dev postgresql-dev libffi-dev jpeg-dev
RUN pip install --no-cache-dir --prefix=/install psycopg2 cffi pillow

FROM python:3.12-alpine3.19
RUN apk add --no-cache libpq libffi libjpeg-turbo tini
COPY --from=builder /install /usr/local
ENTRYPOINT ["tini", "--", "python", "-m", "app"]
