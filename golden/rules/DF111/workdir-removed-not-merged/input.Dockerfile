FROM alpine:3.20
RUN apk add --no-cache nodejs curl
WORKDIR /tmp/npm-install
RUN curl -fsSL https://registry.npmjs.org/npm/-/npm-11.6.4.tgz -o npm.tgz
# npm installs itself from the tarball, then the folder goes
RUN tar -xzf npm.tgz && \
  cd package && \
  node bin/npm-cli.js install -g npm@11.6.4 && \
  cd / && \
  rm -rf /tmp/npm-install
RUN npm install -g pnpm@10.25.0 && npm cache clean --force
RUN npm install -g glob@11.1.0 && npm cache clean --force
