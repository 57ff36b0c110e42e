# The COPY between writes the Gemfile the install reads: the install cannot move above it.
FROM ruby:3.3
WORKDIR /app
ADD . /app
COPY config/Gemfile.docker /app/Gemfile
RUN bundle install
CMD ["bundle", "exec", "rails", "server"]
