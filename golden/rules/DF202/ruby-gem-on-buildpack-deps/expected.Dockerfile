# A Procfile app run by foreman, a gem installed with the distribution's ruby on buildpack-deps
FROM buildpack-deps:bookworm AS builder

RUN apt-get update && apt-get install -y --no-install-recommends ruby-full && rm -rf /var/lib/apt/lists/*
RUN gem install --no-document foreman

COPY Procfile /app/Procfile

FROM debian:bookworm-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends ruby-full \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /app/Procfile /app/Procfile
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /var/lib/gems /var/lib/gems
WORKDIR /app

CMD ["foreman", "start"]
