# The CLI is linked onto PATH: copying the link alone would copy the script's content, whose
# relative requires then break. Production makes the same link instead, and the finding says so.
FROM node:20 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential python3 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN npm ci --omit=dev && ln -sf /app/bin/cli.js /usr/local/bin/mycli

FROM node:20-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 \
    && rm -rf /var/lib/apt/lists/* \
    && ln -sf /app/bin/cli.js /usr/local/bin/mycli
WORKDIR /app
COPY --from=builder /app /app
ENTRYPOINT ["mycli"]
