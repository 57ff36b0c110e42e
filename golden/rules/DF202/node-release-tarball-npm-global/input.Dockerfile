# Node from the official release tarball, unpacked into /usr/local as the node image's own Dockerfile
# does: npm's global prefix is then /usr/local, so pm2, installed globally, is in /usr/local/bin.
FROM ubuntu:22.04
ENV NODE_VERSION=18.19.0
RUN apt-get update && apt-get install -y curl xz-utils build-essential python3
RUN curl -fsSLO https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-x64.tar.xz \
 && tar -xJf node-v$NODE_VERSION-linux-x64.tar.xz -C /usr/local --strip-components=1 \
 && rm node-v$NODE_VERSION-linux-x64.tar.xz
RUN npm install -g pm2
WORKDIR /app
COPY . .
RUN npm ci --omit=dev
CMD ["pm2-runtime", "server.js"]
