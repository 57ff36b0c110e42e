# Debian's and Ubuntu's mongodb metapackage (mongodb-server and the clients, until Debian 10 and Ubuntu
# 18.04) beside the application: the start script starts it (`service mongodb start`, held19's yeti),
# which needs root, so the rule names the package and applies nothing.
FROM ubuntu:14.04
RUN apt-get update && apt-get install -y --no-install-recommends mongodb python && rm -rf /var/lib/apt/lists/*
COPY app.py /opt/app/app.py
WORKDIR /opt/app
RUN echo service mongodb start > start.sh && echo python app.py >> start.sh && chmod +x start.sh
CMD ./start.sh
