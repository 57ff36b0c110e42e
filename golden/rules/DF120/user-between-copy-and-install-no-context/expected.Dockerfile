# A USER between the sources and the install, with nothing run before it: it goes up with the install
# (and the WORKDIR the install runs in), and stays where it was; without the context the manifests are
# named by their usual names (unsafe).
FROM node:20
WORKDIR /home/node/app
USER node
COPY package.json package-lock.json* npm-shrinkwrap.json* /home/node/app/
RUN npm ci
COPY . /home/node/app
USER node
WORKDIR /home/node/app
CMD ["node", "server.js"]
