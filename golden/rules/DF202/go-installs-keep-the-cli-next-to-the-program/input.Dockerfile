FROM golang:1.22
WORKDIR /go/src/app
COPY . .
RUN go install . && go install ./cmd/appctl
ENTRYPOINT ["app", "--data", "/data"]
