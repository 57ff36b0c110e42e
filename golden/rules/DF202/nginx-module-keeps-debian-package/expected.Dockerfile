# A Debian nginx module the official image lacks: production stays on Debian's package (node's slim
# variant) and removes Debian's default site again, as the original did.
FROM node:20 AS builder
RUN apt-get update && apt-get install -y nginx libnginx-mod-http-geoip
WORKDIR /usr/src/site
COPY . .
RUN npm ci && npm run build -- --out-dir dist
RUN cp -r dist/. /var/www/html/ && rm -f /etc/nginx/sites-enabled/default && cp site.conf /etc/nginx/conf.d/site.conf

FROM node:20-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends nginx libnginx-mod-http-geoip \
    && rm -rf /var/lib/apt/lists/* \
    && rm -f /etc/nginx/sites-enabled/default
WORKDIR /usr/src/site
COPY --from=builder /etc/nginx/conf.d/site.conf /etc/nginx/conf.d/site.conf
COPY --from=builder /var/www/html /var/www/html
EXPOSE 8080
CMD ["nginx", "-g", "daemon off;"]
