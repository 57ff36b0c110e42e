# A whole nginx.conf keeps its own pid file and temp paths: only a suggestion
FROM nginx:stable
COPY nginx.conf /etc/nginx/nginx.conf
COPY public /usr/share/nginx/html
EXPOSE 8080
