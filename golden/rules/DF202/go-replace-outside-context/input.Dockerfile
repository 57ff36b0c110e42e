# A `replace` that points outside the build context: its sources cannot be read, so cgo stays on and
# production keeps a C library.
FROM golang:1.22
COPY . /src
RUN cd /src/app && go build -o /usr/local/bin/wordcount .
ENTRYPOINT ["/usr/local/bin/wordcount"]
