# `n VERSION` puts node and npm under /usr/local; a service started for the tests leaves nothing
# production needs: the tests stay in the builder.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates build-essential redis-server \
    && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL https://raw.githubusercontent.com/tj/n/v9.2.0/bin/n -o /usr/local/bin/n && chmod +x /usr/local/bin/n \
    && n 20.11.1
WORKDIR /app
COPY . .
RUN npm ci && service redis-server start && npm test
CMD ["node", "server.js"]
