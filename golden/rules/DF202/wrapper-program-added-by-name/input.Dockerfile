FROM golang:1.22
ADD https://github.com/Yelp/dumb-init/releases/download/v1.2.5/dumb-init_1.2.5_x86_64 /usr/bin/dumb-init
RUN chmod +x /usr/bin/dumb-init
WORKDIR /go/src/app
COPY . .
RUN go install ./cmd/server
CMD ["dumb-init", "server"]
