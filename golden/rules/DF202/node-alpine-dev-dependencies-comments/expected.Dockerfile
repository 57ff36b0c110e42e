FROM node:22-alpine AS builder

# curl for the health check
RUN apk add --no-cache curl

WORKDIR /srv/app
COPY package*.json ./
# all dependencies: the build needs the dev ones
RUN npm install
COPY . .
RUN npm run build
RUN npm prune --omit=dev

FROM node:22-alpine AS production
RUN apk add --no-cache curl
WORKDIR /srv/app
COPY --from=builder /srv/app /srv/app

HEALTHCHECK CMD curl -f http://localhost:8080/health || exit 1
EXPOSE 8080
CMD ["node", "--enable-source-maps", "build/server.js", "-r", "/srv/app/routes.json"]
