# The stage installs a database server: the project's own ./createdb may fill its data folder
# (/var/lib/mysql), outside the project folder production would copy. Not assumed: a suggestion.
FROM ruby:3.2
RUN apt-get update && apt-get install -y build-essential default-libmysqlclient-dev mariadb-server
WORKDIR /app
COPY . /app
RUN bundle install
RUN ./createdb
CMD ["./rundb"]
