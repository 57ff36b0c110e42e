# A tool image with no command of its own and no WORKDIR (mlflow's tracking-server image): the program
# comes with `docker run ... mlflow server`, which writes ./mlruns into '/'.
FROM python:3.10-slim-bullseye
ARG VERSION
RUN pip install --no-cache mlflow==$VERSION psycopg2-binary==2.9.5
