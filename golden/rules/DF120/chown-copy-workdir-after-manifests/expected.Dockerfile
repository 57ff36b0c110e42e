# The COPY gives its new folder to node, who installs: the WORKDIR comes after the manifests' COPY, so
# the folder is node's, as it was (above it, the WORKDIR would make it root's and npm could not write).
FROM node:20-slim
USER node
COPY --chown=node:node package.json package-lock.json /home/node/app/
WORKDIR /home/node/app
RUN npm ci --omit=dev
COPY --chown=node:node . /home/node/app
WORKDIR /home/node/app
CMD ["node", "server.js"]
