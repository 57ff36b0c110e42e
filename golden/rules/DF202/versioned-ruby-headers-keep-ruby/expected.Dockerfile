# ruby2.3-dev brings the interpreter it builds against: production installs ruby2.3 to run the gems.
FROM ubuntu:16.04 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential ruby2.3-dev \
    && rm -rf /var/lib/apt/lists/*
RUN gem install --no-document puma
COPY app.rb /app/app.rb

FROM ubuntu:16.04 AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends ruby2.3 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /app/app.rb /app/app.rb
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /var/lib/gems /var/lib/gems
CMD ["ruby", "/app/app.rb"]
