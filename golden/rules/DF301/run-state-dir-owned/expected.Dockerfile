# watchman, installed under /usr/local, keeps its state (socket, pid) in the folder the stage makes
# under /usr/local/var/run: the new user must own it.
FROM node:20-bookworm
RUN git clone -b v4.9.0 https://github.com/facebook/watchman.git /tmp/watchman \
 && cd /tmp/watchman && ./autogen.sh && ./configure && make && make install && rm -rf /tmp/watchman
RUN mkdir -p /usr/local/var/run/watchman/
WORKDIR /app
COPY --chown=node package.json .
EXPOSE 8081
RUN chown node /app && chown -R node /usr/local/var/run/watchman
USER node
CMD ["node", "packager.js"]
