# The stage keeps its project under /tmp/app, names it in an ENV and gives it to www-data: the
# program's folder, not the build's scratch space, so it goes to production.
FROM python:3.11
ENV APP_DIR /tmp/app
WORKDIR /tmp/app
COPY requirements.txt .
RUN pip install -r requirements.txt uwsgi
COPY . .
RUN python setup.py install && chown -R www-data $APP_DIR
WORKDIR /srv/app
CMD ["uwsgi", "--ini", "/tmp/app/uwsgi.ini"]
