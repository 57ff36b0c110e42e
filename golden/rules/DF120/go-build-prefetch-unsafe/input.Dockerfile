FROM golang:1.22-alpine AS build
ADD . /src
WORKDIR /src
ENV CGO_ENABLED=0
RUN go build -o /tmp/app .
