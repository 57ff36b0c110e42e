FROM ruby:3.3-slim
WORKDIR /app
COPY Gemfile Gemfile.lock* ./
RUN bundle config set without 'development test' && bundle install
COPY . .
CMD ["bundle", "exec", "puma"]
