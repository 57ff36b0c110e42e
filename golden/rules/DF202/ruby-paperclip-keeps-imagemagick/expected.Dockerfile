# The paperclip gem runs ImageMagick's identify/convert and `file -b --mime` on uploads: the slim
# production image gets both back, though the stage's first install (cmake) already builds.
FROM ruby:3.2 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends cmake \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install
COPY . .

FROM ruby:3.2-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends imagemagick file \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/bundle /usr/local/bundle
CMD ["bundle", "exec", "puma"]
