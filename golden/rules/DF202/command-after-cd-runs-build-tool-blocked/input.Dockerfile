FROM ubuntu:22.04
RUN apt-get update && apt-get install -y build-essential git && rm -rf /var/lib/apt/lists/*
WORKDIR /home/app
RUN git clone https://github.com/example/site.git && cd site && make all
CMD cd site && make run
