FROM ruby:3.3-slim
WORKDIR /app
COPY --chown=10001 Gemfile Gemfile.lock ./
RUN bundle install
ENTRYPOINT ["bundle", "exec"]
EXPOSE 3000
# The server writes tmp/pids/server.pid at boot: the copy below makes tmp root's.
COPY --chown=10001 . .
RUN useradd --create-home --uid 10001 app && chown 10001 /app && mkdir -p db log storage tmp && chown -R 10001 db log storage tmp
USER app
CMD ["rails", "server", "-b", "0.0.0.0"]
