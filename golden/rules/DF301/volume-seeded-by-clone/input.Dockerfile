# The application is cloned into what becomes its volume, and writes its uploads and database there:
# the user owns all of the volume's files.
FROM python:3.12-alpine
WORKDIR /opt/ctf
RUN apk add --no-cache git && git clone https://github.com/example/ctf.git /opt/ctf/
RUN pip install --no-cache-dir -r requirements.txt
VOLUME ["/opt/ctf"]
EXPOSE 8000
ENTRYPOINT ["/opt/ctf/docker-entrypoint.sh"]
