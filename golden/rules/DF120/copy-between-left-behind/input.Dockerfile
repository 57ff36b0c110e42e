# A COPY of a named file into the sources between `ADD .` and `bundle install` (a config file the
# install does not read) stays where it is; the install moves above the sources without it.
FROM ruby:3.3
WORKDIR /app
ADD . /app
COPY config/database.docker.yml /app/config/database.yml
RUN bundle install
CMD ["bundle", "exec", "rails", "server"]
