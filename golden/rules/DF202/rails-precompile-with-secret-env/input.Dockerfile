FROM ruby:2.6-alpine
WORKDIR /app
ARG master_key
ENV RAILS_ENV production
RUN apk add --no-cache build-base postgresql-dev nodejs tzdata
COPY Gemfile* ./
RUN bundle install
COPY . ./
# the key only lets the app boot for the task; it writes into public/assets
RUN RAILS_MASTER_KEY=${master_key} bundle exec rails assets:precompile
EXPOSE 3000
CMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]
