# A COPY of a named file into the sources between `ADD .` and `bundle install` (a config file the
# install does not read) stays where it is; the install moves above the sources without it.
FROM ruby:3.3
WORKDIR /app
COPY Gemfile Gemfile.lock /app/
RUN bundle install
ADD . /app
COPY config/database.docker.yml /app/config/database.yml
CMD ["bundle", "exec", "rails", "server"]
