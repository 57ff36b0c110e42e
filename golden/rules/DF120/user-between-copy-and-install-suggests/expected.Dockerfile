# A USER (or a WORKDIR that cannot go above the COPY) between the sources and the install changes as
# whom or where the install runs: reported with it named, not rewritten, and not left unsaid.
FROM node:20
COPY . /home/node/app
USER node
WORKDIR /home/node/app
RUN npm ci
CMD ["node", "server.js"]
