# The app logs into /var/log/app, which the stage makes and gives to its user.
FROM python:3.7-alpine
WORKDIR /opt/app
RUN mkdir -p /opt/app /var/log/app /var/uploads
RUN apk add --no-cache gcc musl-dev libffi-dev
COPY . /opt/app
RUN pip install -r requirements.txt --no-cache-dir
RUN adduser -D -u 1001 app && chown -R 1001:1001 /opt/app /var/log/app /var/uploads
USER 1001
ENTRYPOINT ["/opt/app/docker-entrypoint.sh"]
