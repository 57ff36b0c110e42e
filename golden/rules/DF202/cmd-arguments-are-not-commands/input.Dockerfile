# A CMD after an ENTRYPOINT that is the program itself holds the program's arguments: its `top` is a
# word for the program, not procps's top, so production installs nothing for it.
FROM golang:1.22
COPY . /src
RUN cd /src && go build -o /usr/local/bin/wordcount .
ENTRYPOINT ["/usr/local/bin/wordcount"]
CMD ["top", "3"]
