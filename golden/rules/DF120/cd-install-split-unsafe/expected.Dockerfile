FROM node:18
COPY package.json package-lock.json* npm-shrinkwrap.json* /tmp/
RUN cd /tmp && npm install
COPY . /tmp
# the install and the build share a RUN behind a cd
RUN cd /tmp && npm run build
CMD ["node", "/tmp/index.js"]
