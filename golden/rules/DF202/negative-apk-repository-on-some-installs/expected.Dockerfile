# vips came from edge/testing, python from the release: one production install cannot repeat both.
FROM node:20-alpine3.20
RUN apk add --repository https://dl-cdn.alpinelinux.org/alpine/edge/testing vips-dev gcc g++ make && \
    apk add python3
WORKDIR /site
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
CMD ["node", "server.js"]
