# tini (from apt) runs the worker through gosu, which the stage downloaded: both wrap the program,
# so production installs tini again, copies gosu from where the stage put it, and takes the worker.
FROM golang:1.22
RUN apt-get update && apt-get install -y tini
ADD https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64 /usr/local/bin/gosu
RUN chmod +x /usr/local/bin/gosu
WORKDIR /go/src/worker
COPY . .
RUN go build -o /usr/local/bin/worker .
ENTRYPOINT ["tini", "--", "gosu", "nobody"]
CMD ["worker"]
