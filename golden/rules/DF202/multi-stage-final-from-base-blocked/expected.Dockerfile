FROM ruby:3.3-slim-bookworm AS base
RUN apt-get update \
  && apt-get install -y --no-install-recommends build-essential libpq-dev \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN ./install.sh
CMD ["bundle", "exec", "puma"]

FROM base AS full
RUN bundle install
