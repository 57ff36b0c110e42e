FROM python:3.8
RUN apt-get update && apt-get install -y --no-install-recommends python3-dev libpq-dev \
    && rm -rf /var/lib/apt/lists/*
COPY . /app
WORKDIR /app
RUN pip install --no-cache-dir -r requirements.txt uwsgi
CMD ["uwsgi", "--ini", "/app/uwsgi.ini"]
