FROM ubuntu:16.04
RUN apt-get update && apt-get install -y python python-dev python-pip
WORKDIR /src
COPY . .
RUN python setup.py install
CMD ["mytool"]
