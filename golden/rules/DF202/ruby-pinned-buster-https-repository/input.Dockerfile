# ruby:2.6.6 came out in 2020-03 and was replaced in 2021-04: every image of it ran on buster, whose
# apt fetches the NodeSource https repository by itself (ruby's slim image keeps ca-certificates), so
# production adds the repository before its `apt-get update` and installs nodejs from it.
FROM ruby:2.6.6
RUN apt-get update -qq && apt-get install -y build-essential libpq-dev
RUN curl -sL https://deb.nodesource.com/setup_12.x | bash -
RUN apt-get install -y nodejs
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install
COPY . .
EXPOSE 3000
CMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]
