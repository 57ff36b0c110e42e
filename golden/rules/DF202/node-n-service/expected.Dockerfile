# `n VERSION` puts node and npm under /usr/local; a service started for the tests leaves nothing
# production needs: the tests stay in the builder.
FROM ubuntu:22.04 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates build-essential redis-server \
    && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL https://raw.githubusercontent.com/tj/n/v9.2.0/bin/n -o /usr/local/bin/n && chmod +x /usr/local/bin/n \
    && n 20.11.1
WORKDIR /app
COPY . .
RUN npm ci && service redis-server start && npm test

FROM ubuntu:22.04 AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl ca-certificates redis-server \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/include/node /usr/local/include/node
COPY --from=builder /usr/local/lib/node_modules /usr/local/lib/node_modules
CMD ["node", "server.js"]
