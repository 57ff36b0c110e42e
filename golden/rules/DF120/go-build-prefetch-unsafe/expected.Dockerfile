FROM golang:1.22-alpine AS build
WORKDIR /src
ENV CGO_ENABLED=0
COPY go.mod go.sum /src/
RUN go mod download
ADD . /src
WORKDIR /src
ENV CGO_ENABLED=0
RUN go build -o /tmp/app .
