FROM node:18
COPY . /tmp
# the install and the build share a RUN behind a cd
RUN cd /tmp && npm install && npm run build
CMD ["node", "/tmp/index.js"]
