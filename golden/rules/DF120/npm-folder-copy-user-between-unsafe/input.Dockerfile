# The backend sits in a folder of the context (server/), copied whole before its install, which runs as
# the image's user after a USER: the USER goes up with the install (no RUN sits between), the config
# file copied in between goes up with it, and the manifests come from that folder.
FROM node:20
WORKDIR /wiki
COPY --chown=node:node ./server ./server
COPY --chown=node:node ./config.yml ./config.yml
USER node
ENV NODE_ENV=production
WORKDIR /wiki/server
RUN npm ci --omit=dev
WORKDIR /wiki
CMD ["node", "server"]
