FROM node:22-alpine AS assets
RUN mkdir -p /out && echo ok > /out/built.txt

FROM node:22-alpine
WORKDIR /usr/src/app
COPY . .
COPY --from=assets /out /usr/src/app/public
RUN mkdir -p /usr/src/app/tmp
RUN npm ci
CMD ["node", "server.js"]
