# The stage adds nodesource's https repository; debian:bookworm-slim has no CA certificates for
# production's `apt-get update` to reach it: a suggestion.
FROM golang:1.21
WORKDIR /src
COPY . .
RUN curl -sL https://deb.nodesource.com/setup_18.x | bash - && apt-get install -y nodejs
RUN go build -o /usr/local/bin/app .
CMD ["app"]
