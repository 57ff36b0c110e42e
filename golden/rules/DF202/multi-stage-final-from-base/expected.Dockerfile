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

FROM base AS builder
RUN RAILS_GROUPS=assets bundle exec rake assets:precompile

FROM ruby:3.3-slim-bookworm AS full
RUN apt-get update \
    && apt-get install -y --no-install-recommends libyaml-0-2 libpq5 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd -r -d /opt/app -m -u 999 app
USER app
WORKDIR /opt/app
COPY --from=builder /docker-entrypoint.sh /docker-entrypoint.sh
COPY --from=builder --chown=app /opt/app /opt/app
COPY --from=builder --chown=app /usr/local/bundle /usr/local/bundle
ENTRYPOINT ["/docker-entrypoint.sh"]
CMD ["bundle", "exec", "puma"]
