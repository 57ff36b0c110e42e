# `cd /src/app && go build`: the fetch step runs after the same `cd`, with the module's files copied
# into that folder.
FROM golang:1.22
COPY . /src
RUN cd /src/app && go build -o /bin/app .
CMD ["/bin/app"]
