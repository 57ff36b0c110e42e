# a static site: the shell prints a line, then execs nginx, the container's main process
FROM nginx:alpine
COPY site/ /usr/share/nginx/html/
CMD echo -e "Docs at:\nhttp://0.0.0.0:4000"; exec nginx -g 'daemon off;'
