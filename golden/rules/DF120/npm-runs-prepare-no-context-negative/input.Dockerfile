# The RUN runs `npm run prepare`, so the root package has a prepare script, and `npm ci` runs it too
# after installing. Without the build context dockopt cannot read it: moved above `COPY . /srv`, the
# install would run it with none of the sources there (a codegen or a tsc build). Suggestion only.
FROM node:20-slim
COPY . /srv
RUN cd /srv/server && npm ci && npm run prepare && npm run build
ENTRYPOINT ["node", "/srv/server/build/index.js"]
