# ruby:2.6-alpine names no Alpine release: postgresql-dev's runtime is libpq from 3.15 on and
# postgresql-libs before, so no swap is written, but the header package is still named beside
# the compilers.
FROM ruby:2.6-alpine
RUN apk add --no-cache build-base postgresql-dev tzdata
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install
COPY . .
CMD ["bundle", "exec", "puma"]
