FROM ruby:3.3-slim-bookworm AS base
RUN apt-get update \
  && apt-get install -y --no-install-recommends build-essential libyaml-dev libpq-dev \
  && rm -rf /var/lib/apt/lists/*
RUN useradd -r -d /opt/app -m -u 999 app
USER app
WORKDIR /opt/app
COPY --chown=app Gemfile Gemfile.lock ./
RUN bundle install
COPY ./docker/entrypoint.sh /docker-entrypoint.sh
COPY --chown=app . .
ENTRYPOINT ["/docker-entrypoint.sh"]
CMD ["bundle", "exec", "puma"]

# ci target: the base as it is
FROM base AS ci

FROM base AS full
RUN RAILS_GROUPS=assets bundle exec rake assets:precompile
