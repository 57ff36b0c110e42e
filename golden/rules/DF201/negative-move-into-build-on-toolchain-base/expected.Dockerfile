# node:20 sits on buildpack-deps, which already has make, gcc and g++: moved into the build's RUN and
# purged there, they would leave the base image. No rewrite.
FROM node:20
RUN apt-get update && apt-get install -y --no-install-recommends make gcc g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN npm ci
CMD ["node", "server.js"]
