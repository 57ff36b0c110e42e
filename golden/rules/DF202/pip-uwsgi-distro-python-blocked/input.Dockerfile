FROM ubuntu:16.04
RUN apt-get update && apt-get install -y build-essential python3-dev=3.5.1-3 python3-pip \
    && rm -rf /var/lib/apt/lists/*
COPY . /app
WORKDIR /app
RUN pip3 install -r requirements.txt && pip3 install uwsgi
EXPOSE 3333
CMD ["uwsgi", "--ini", "/app/uwsgi.ini"]
