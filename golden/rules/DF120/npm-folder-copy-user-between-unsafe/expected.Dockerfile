# The backend sits in a folder of the context (server/), copied whole before its install, which runs as
# the image's user after a USER: the USER goes up with the install (no RUN sits between), the config
# file copied in between goes up with it, and the manifests come from that folder.
FROM node:20
WORKDIR /wiki
COPY --chown=node:node ./config.yml ./config.yml
USER node
ENV NODE_ENV=production
COPY --chown=node:node server/package.json server/package-lock.json /wiki/server/
WORKDIR /wiki/server
RUN npm ci --omit=dev
WORKDIR /wiki
COPY --chown=node:node ./server ./server
USER node
ENV NODE_ENV=production
WORKDIR /wiki/server
WORKDIR /wiki
CMD ["node", "server"]
