# A Procfile app run by foreman, a gem installed with the distribution's ruby on buildpack-deps
FROM buildpack-deps:bookworm

RUN apt-get update && apt-get install -y --no-install-recommends ruby-full && rm -rf /var/lib/apt/lists/*
RUN gem install --no-document foreman

COPY Procfile /app/Procfile
WORKDIR /app

CMD ["foreman", "start"]
