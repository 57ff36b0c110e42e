# The stage keeps its project under /tmp/app, names it in an ENV and gives it to www-data: the
# program's folder, not the build's scratch space, so it goes to production.
FROM python:3.11 AS builder
ENV APP_DIR /tmp/app
WORKDIR /tmp/app
COPY requirements.txt .
RUN pip install -r requirements.txt uwsgi
COPY . .
RUN python setup.py install && chown -R www-data $APP_DIR

FROM python:3.11-slim AS production
ENV APP_DIR /tmp/app
WORKDIR /tmp/app
COPY --from=builder --chown=www-data /tmp/app /tmp/app
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
WORKDIR /srv/app
CMD ["uwsgi", "--ini", "/tmp/app/uwsgi.ini"]
