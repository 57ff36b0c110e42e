FROM python:3.8-buster AS builder
RUN apt-get update && apt-get install -y gcc libpq-dev
RUN pip install --prefix=/install psycopg2

FROM python:3.8-slim-buster
RUN apt-get update && apt-get install -y libpq-dev
COPY --from=builder /install /usr/local
CMD ["python", "-m", "app"]
