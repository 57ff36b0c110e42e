FROM ubuntu:16.04
RUN apt-get update && apt-get install -y python3-pip libsnappy-dev zip && rm -rf /var/lib/apt/lists/*
COPY . /syncrypt
RUN pip3 install -e '/syncrypt[dist]'
WORKDIR /syncrypt
VOLUME /syncrypt/dist
CMD python3 setup.py dist
