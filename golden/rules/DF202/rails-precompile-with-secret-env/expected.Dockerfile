FROM ruby:2.6-alpine AS builder
WORKDIR /app
ARG master_key
ENV RAILS_ENV production
RUN apk add --no-cache build-base postgresql-dev nodejs tzdata
COPY Gemfile* ./
RUN bundle install
COPY . ./
# the key only lets the app boot for the task; it writes into public/assets
RUN RAILS_MASTER_KEY=${master_key} bundle exec rails assets:precompile

FROM ruby:2.6-alpine AS production
WORKDIR /app
ARG master_key
ENV RAILS_ENV production
RUN apk add --no-cache postgresql-dev nodejs tzdata libstdc++ libgcc
COPY --from=builder /app /app
COPY --from=builder /usr/local/bundle /usr/local/bundle
EXPOSE 3000
CMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]
