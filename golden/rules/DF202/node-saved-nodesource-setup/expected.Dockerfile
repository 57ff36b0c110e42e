FROM ubuntu:22.04 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates build-essential \
    && curl -sL https://deb.nodesource.com/setup_18.x -o nodesource_setup.sh && bash nodesource_setup.sh \
    && apt-get install -y --no-install-recommends nodejs && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .

FROM ubuntu:22.04 AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /etc/apt /etc/apt
COPY --from=builder /usr/share/keyrings /usr/share/keyrings
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl ca-certificates nodejs \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /nodesource_setup.sh /nodesource_setup.sh
CMD ["node", "server.js"]
