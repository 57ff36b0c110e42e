# The stage gives its media folder to 1000:2000 "so the uWSGI process can write": that is the user the
# project meant to run as, so DF301 switches to it instead of creating another.
FROM python:3.12-slim
WORKDIR /code/
COPY . /code/
RUN mkdir -p /code/media/images && chown -R 1000:2000 /code/media
EXPOSE 8000
CMD ["uwsgi", "/code/etc/uwsgi.ini"]
