# The builder installs watchman under /usr/local and makes its state folder there; the final stage
# copies all of /usr/local, state folder included, so the new user must own that folder.
FROM node:20-bookworm AS builder
RUN git clone -b v4.9.0 https://github.com/facebook/watchman.git /tmp/watchman \
 && cd /tmp/watchman && ./autogen.sh && ./configure && make && make install && rm -rf /tmp/watchman
RUN mkdir -p /usr/local/var/run/watchman/

FROM node:20-bookworm-slim
COPY --from=builder /usr/local /usr/local
WORKDIR /app
COPY package.json .
EXPOSE 8081
CMD ["node", "packager.js"]
