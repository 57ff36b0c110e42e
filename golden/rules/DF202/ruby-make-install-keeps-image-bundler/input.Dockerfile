# A library's `make install` writes /usr/local, where the ruby image keeps its own bundler: the
# command runs that bundler, not a program the stage built, so the app and its gems go along.
FROM ruby:3.2
RUN curl -fsSL https://example.com/libfoo-1.0.tar.gz | tar xz -C /tmp \
 && cd /tmp/libfoo-1.0 && ./configure --prefix=/usr/local && make && make install
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install
COPY . .
CMD ["bundle", "exec", "puma"]
