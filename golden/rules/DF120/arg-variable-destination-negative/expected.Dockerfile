FROM golang:1.22
# an ARG may be overridden with --build-arg: the destination is not known
ARG APP_HOME=/src
COPY . $APP_HOME
WORKDIR $APP_HOME
RUN go build -o /app .
CMD ["/app"]
