# The paperclip gem runs ImageMagick's identify/convert and `file -b --mime` on uploads: the slim
# production image gets both back, though the stage's first install (cmake) already builds.
FROM ruby:3.2
RUN apt-get update && apt-get install -y --no-install-recommends cmake \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install
COPY . .
CMD ["bundle", "exec", "puma"]
