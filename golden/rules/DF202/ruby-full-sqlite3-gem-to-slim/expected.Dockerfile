# The sqlite3 gem 1.4 links the full image's libsqlite3, which the slim image lacks
FROM ruby:3.1 AS builder
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install
COPY . .

FROM ruby:3.1-slim AS production
WORKDIR /app
RUN apt-get update \
    && apt-get install -y --no-install-recommends libsqlite3-0 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /app /app
COPY --from=builder /usr/local/bundle /usr/local/bundle
CMD ["bundle", "exec", "rackup", "-o", "0.0.0.0"]
