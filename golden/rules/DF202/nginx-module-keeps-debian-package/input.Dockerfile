# A Debian nginx module the official image lacks: production stays on Debian's package (node's slim
# variant) and removes Debian's default site again, as the original did.
FROM node:20
RUN apt-get update && apt-get install -y nginx libnginx-mod-http-geoip
WORKDIR /usr/src/site
COPY . .
RUN npm ci && npm run build -- --out-dir dist
RUN cp -r dist/. /var/www/html/ && rm -f /etc/nginx/sites-enabled/default && cp site.conf /etc/nginx/conf.d/site.conf
EXPOSE 8080
CMD ["nginx", "-g", "daemon off;"]
