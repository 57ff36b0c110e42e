# The install and the build run behind a `cd`; the WORKDIR comes only after them, so it goes to
# production: the builder's prune must `cd` where the install ran (in / it fails).
FROM node:20
COPY package.json package-lock.json /srv/app/
RUN cd /srv/app && npm ci && npm cache clean --force
COPY . /srv/app
RUN cd /srv/app && npm run build
ENV PORT=3000
EXPOSE 3000
WORKDIR /srv/app
CMD ["node", "server.js"]
