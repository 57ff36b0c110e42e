# node's wheezy images had no -slim variant (node:7.10-wheezy-slim was never published): the tag names
# Debian wheezy, but no slimmer image of it runs node, so the base stays.
FROM node:7.10-wheezy
WORKDIR /usr/src/app
COPY package.json /usr/src/app/
RUN npm install --production
COPY . /usr/src/app
CMD ["node", "server.js"]
