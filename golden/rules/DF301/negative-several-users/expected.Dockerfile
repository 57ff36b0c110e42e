# A judge that runs submissions as 'compiler' and 'code': it switches users, which only root can.
FROM python:3.12-slim
RUN useradd -u 12001 compiler && useradd -u 12002 code && adduser code sudo
COPY server /code
WORKDIR /code
ENTRYPOINT ["/code/entrypoint.sh"]
