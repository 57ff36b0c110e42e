# The sqlite3 gem 1.4 links the full image's libsqlite3, which the slim image lacks
FROM ruby:3.1
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install
COPY . .
CMD ["bundle", "exec", "rackup", "-o", "0.0.0.0"]
