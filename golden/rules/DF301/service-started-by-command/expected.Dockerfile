# The command starts the application through its init script, which runs as root: the rule names it.
FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends python3 && rm -rf /var/lib/apt/lists/*
COPY app_1.0_amd64.deb /tmp
RUN dpkg -i /tmp/app_1.0_amd64.deb && rm /tmp/app_1.0_amd64.deb
CMD service app restart && tail -F /opt/app/var/log/app.log
