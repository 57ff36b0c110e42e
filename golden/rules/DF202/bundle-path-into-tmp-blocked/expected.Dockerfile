FROM ruby:2.6.5-alpine
RUN apk add build-base postgresql-dev
ENV BUNDLE_DIR /tmp
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install --path $BUNDLE_DIR --without development test
COPY . .
CMD ["bundle", "exec", "rails", "server"]
