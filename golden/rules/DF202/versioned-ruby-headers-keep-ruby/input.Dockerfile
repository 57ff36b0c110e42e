# ruby2.3-dev brings the interpreter it builds against: production installs ruby2.3 to run the gems.
FROM ubuntu:16.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential ruby2.3-dev \
    && rm -rf /var/lib/apt/lists/*
RUN gem install --no-document puma
COPY app.rb /app/app.rb
CMD ["ruby", "/app/app.rb"]
