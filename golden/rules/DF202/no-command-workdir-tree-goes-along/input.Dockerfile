FROM 32bit/debian:jessie
RUN apt-get update && apt-get install -y g++ make perl && rm -rf /var/lib/apt/lists/*
ADD . /ParsCit
WORKDIR /ParsCit/crfpp/CRF++-0.51
RUN ./configure && make && make install
RUN cp crf_learn crf_test ..
WORKDIR /ParsCit/bin
