FROM nginx:1.25-alpine
WORKDIR /usr/share/nginx/html
COPY dist .
COPY entrypoint.sh .
# The script writes the config, then runs the CMD it is handed: nginx, which binds port 80 as root.
ENTRYPOINT ["./entrypoint.sh"]
CMD ["nginx", "-g", "daemon off;"]
