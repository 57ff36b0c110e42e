FROM ruby:3.3-slim
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install
ENTRYPOINT ["bundle", "exec"]
EXPOSE 3000
# The server writes tmp/pids/server.pid at boot: the copy below makes tmp root's.
COPY . .
CMD ["rails", "server", "-b", "0.0.0.0"]
