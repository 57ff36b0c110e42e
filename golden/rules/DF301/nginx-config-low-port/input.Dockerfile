# The copied server listens on 80: nginx-unprivileged could not bind it, so only a suggestion
FROM nginx:1.27
COPY site.conf /etc/nginx/conf.d/default.conf
COPY public /usr/share/nginx/html
