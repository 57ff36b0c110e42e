FROM ruby:3.3-slim
COPY . .
RUN bundle install
CMD ["bin/rails", "server", "-b", "0.0.0.0"]
