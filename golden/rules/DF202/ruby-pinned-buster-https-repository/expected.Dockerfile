# ruby:2.6.6 came out in 2020-03 and was replaced in 2021-04: every image of it ran on buster, whose
# apt fetches the NodeSource https repository by itself (ruby's slim image keeps ca-certificates), so
# production adds the repository before its `apt-get update` and installs nodejs from it.
FROM ruby:2.6.6 AS builder
RUN apt-get update -qq && apt-get install -y build-essential libpq-dev
RUN curl -sL https://deb.nodesource.com/setup_12.x | bash -
RUN apt-get install -y nodejs
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install
COPY . .

FROM ruby:2.6.6-slim AS production
COPY --from=builder /etc/apt /etc/apt
COPY --from=builder /usr/share/keyrings /usr/share/keyrings
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 nodejs \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/bundle /usr/local/bundle
EXPOSE 3000
CMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]
