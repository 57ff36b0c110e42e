# Node from the official release tarball, unpacked into /usr/local as the node image's own Dockerfile
# does: npm's global prefix is then /usr/local, so pm2, installed globally, is in /usr/local/bin.
FROM ubuntu:22.04 AS builder
ENV NODE_VERSION=18.19.0
RUN apt-get update && apt-get install -y curl xz-utils build-essential python3
RUN curl -fsSLO https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-x64.tar.xz \
 && tar -xJf node-v$NODE_VERSION-linux-x64.tar.xz -C /usr/local --strip-components=1 \
 && rm node-v$NODE_VERSION-linux-x64.tar.xz
RUN npm install -g pm2
WORKDIR /app
COPY . .
RUN npm ci --omit=dev

FROM ubuntu:22.04 AS production
ENV NODE_VERSION=18.19.0
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl xz-utils python3 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local /usr/local
CMD ["pm2-runtime", "server.js"]
