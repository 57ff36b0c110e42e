# The same tool image with a WORKDIR: the user is given that folder, so the rewrite goes ahead.
FROM python:3.10-slim-bullseye
ARG VERSION
WORKDIR /mlflow
RUN pip install --no-cache mlflow==$VERSION psycopg2-binary==2.9.5
