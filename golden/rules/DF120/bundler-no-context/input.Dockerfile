FROM ruby:3.3-slim
WORKDIR /app
COPY . .
RUN bundle config set without 'development test' && bundle install
CMD ["bundle", "exec", "puma"]
