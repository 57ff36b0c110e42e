# Debian's npm package: its global prefix is /usr/local (a builtin npmrc), not node's /usr
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential nodejs npm \
    && rm -rf /var/lib/apt/lists/*
RUN npm install -g grunt-cli
WORKDIR /app
COPY . .
CMD ["grunt", "serve"]
