FROM ruby:3.1-slim
WORKDIR /app
RUN gem install --no-document sinatra -v 3.0.5
COPY app.rb .
CMD ["ruby", "app.rb"]
