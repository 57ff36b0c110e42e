FROM golang:1.22
ENV APP_DIR /go/src/app
WORKDIR /go/src/app
COPY . .
RUN go build -o server . && go install ./cmd/tool
ENTRYPOINT (cd $APP_DIR && ./server)
