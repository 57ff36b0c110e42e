FROM ruby:3.3-slim
RUN gem install bundler

FROM debian:12
RUN gem install --no-document rake
RUN gem install -N rspec
RUN gem install --no-rdoc --no-ri rails
RUN bundle install
