# The start script ends in supervisord, whose configuration is copied in: the supervisor stays root
# (its programs run as 'app'), so DF301 names it and adds no USER.
FROM python:3.12-alpine
RUN apk add --no-cache supervisor && adduser -S app
WORKDIR /home/app
COPY supervisor.conf /etc/supervisord.conf
COPY start.sh /home/app/start.sh
CMD ["./start.sh"]
