FROM golang:1.22
# a value with a space would not stay one word in a rewritten COPY: the destination stays unknown
ENV APP_HOME "/my app"
COPY . $APP_HOME
WORKDIR $APP_HOME
RUN go build -o /app .
CMD ["/app"]
