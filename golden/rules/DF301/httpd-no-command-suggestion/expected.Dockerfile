# httpd runs httpd-foreground when the file sets no command: it binds port 80 as root (workers run
# as daemon), so DF301 names the port in a suggestion and adds no USER.
FROM httpd:2.4
COPY public/ /usr/local/apache2/htdocs/
