# The command is an init that runs the program the stage installed: production takes both, each
# from where the stage put it (`go install PKG` names /go/bin/jap; the ADD put dumb-init in /usr/bin).
FROM golang:1.22
ADD https://github.com/Yelp/dumb-init/releases/download/v1.2.5/dumb-init_1.2.5_x86_64 /usr/bin/dumb-init
RUN chmod +x /usr/bin/dumb-init
COPY . /go/src/github.com/jitsi/jap
WORKDIR /go/src/github.com/jitsi/jap
RUN go install github.com/jitsi/jap/cmd/jap
EXPOSE 8080
CMD ["dumb-init", "jap", "-http", ":8080"]
