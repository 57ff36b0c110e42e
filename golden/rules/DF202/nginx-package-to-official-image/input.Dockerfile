# A site built with node and served by Debian's nginx, whose default site is removed: production is
# the official image of the nginx version bookworm ships, with only the built site and its config.
FROM node:20
RUN apt-get update && apt-get install -y nginx
WORKDIR /usr/src/site
COPY . .
RUN npm install
RUN npm run build
RUN cp -r dist/. /usr/share/nginx/html/ \
    && cp nginx/site.conf /etc/nginx/conf.d/site.conf \
    && rm -f /etc/nginx/sites-enabled/default
EXPOSE 8937
ENTRYPOINT ["nginx", "-g", "daemon off;"]
