FROM rubylang/ruby:3.3-jammy AS builder

RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential libpq-dev libyaml-dev tzdata git \
    && gem update --system --no-document \
    && gem update bundler --conservative --no-document \
    && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /app \
    && chmod -R g=u /etc/passwd /app

WORKDIR /app
ARG UID=1001
RUN useradd -u "$UID" -g 0 -d /app -s /sbin/nologin -c "default user" default && chown -R "$UID:0" /app
USER $UID

COPY --chown="$UID:0" Gemfile Gemfile.lock /app/
RUN git init && bundle config set --local path vendor/bundle && bundle install
COPY --chown="$UID:0" . /app/
RUN bundle exec bootsnap precompile --gemfile app/ lib/ config/ && mkdir -p tmp/pids

FROM rubylang/ruby:3.3-jammy AS production
WORKDIR /app
ARG UID=1001
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 libyaml-0-2 tzdata \
    && rm -rf /var/lib/apt/lists/* \
    && chmod -R g=u /etc/passwd \
    && useradd -u "$UID" -g 0 -d /app -s /sbin/nologin -c "default user" default
USER $UID
COPY --from=builder /app /app
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib/ruby /usr/local/lib/ruby

EXPOSE 3000
CMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]
