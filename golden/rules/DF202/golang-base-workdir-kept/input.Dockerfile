# golang's image starts its containers in /go (its own WORKDIR) and the stage sets none: production,
# on another base, sets /go again, so the container still starts there.
FROM golang:1.22
COPY . /src
RUN cd /src/app && go build -o /usr/local/bin/wordcount .
ENTRYPOINT ["/usr/local/bin/wordcount"]
