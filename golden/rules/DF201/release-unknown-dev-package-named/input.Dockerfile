# ruby:3.1-alpine names no Alpine release, and postgresql-dev's runtime library is libpq from 3.15 and
# postgresql-libs before: named on its own, not replaced (gcc keeps its own finding).
FROM ruby:3.1-alpine
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN apk add --no-cache gcc postgresql-dev tzdata
RUN bundle install
COPY . .
CMD ["bundle", "exec", "puma"]
