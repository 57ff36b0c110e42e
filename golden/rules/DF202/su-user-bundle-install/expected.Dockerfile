# `su app -s /bin/bash -c CMD` runs CMD as app in the same folder, with app's home (the one useradd
# gave): the bundle goes where --path says, so production takes /opt/vendor and the app folder; the
# install under su is read as any other, so the pg gem brings libpq5.
FROM ruby:3.2 AS builder
ENV APP_HOME=/home/app
RUN useradd --system --create-home --home ${APP_HOME} --shell /sbin/nologin --user-group app
WORKDIR $APP_HOME
COPY Gemfile Gemfile.lock $APP_HOME/
RUN mkdir -p /opt/vendor/bundle \
 && chown -R app:app /opt/vendor \
 && su app -s /bin/bash -c "bundle install --path /opt/vendor/bundle"
COPY --chown=app:app . $APP_HOME

FROM ruby:3.2-slim AS production
ENV APP_HOME=/home/app
WORKDIR /home/app
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home ${APP_HOME} --shell /sbin/nologin --user-group app
COPY --from=builder --chown=app:app /home/app /home/app
COPY --from=builder --chown=app:app /opt/vendor /opt/vendor
USER app
CMD ["bundle", "exec", "puma"]
