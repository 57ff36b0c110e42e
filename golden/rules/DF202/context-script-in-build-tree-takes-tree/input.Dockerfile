FROM ubuntu:trusty
RUN apt-get update \
  && apt-get -y install git cmake libssl-dev build-essential ca-certificates \
  && rm -rf /var/lib/apt/lists/*
RUN git clone https://github.com/h2o/h2o \
  && cd h2o \
  && cmake . \
  && make h2o
COPY h2o.conf /h2o/h2o.conf
COPY start.sh /h2o/start.sh
WORKDIR /h2o
ENTRYPOINT ["/h2o/start.sh"]
CMD ["/h2o/h2o.conf"]
