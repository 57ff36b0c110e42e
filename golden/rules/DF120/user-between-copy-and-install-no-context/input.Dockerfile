# A USER between the sources and the install, with nothing run before it: it goes up with the install
# (and the WORKDIR the install runs in), and stays where it was; without the context the manifests are
# named by their usual names (unsafe).
FROM node:20
COPY . /home/node/app
USER node
WORKDIR /home/node/app
RUN npm ci
CMD ["node", "server.js"]
