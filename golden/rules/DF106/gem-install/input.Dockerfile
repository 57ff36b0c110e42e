FROM alpine:3.20
RUN apk add --no-cache ruby ruby-dev build-base && \
    gem install bundler -v 2.5.6 && \
    gem install rake
