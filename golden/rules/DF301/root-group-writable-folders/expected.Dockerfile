# Roller on tomcat, made writable for an arbitrary uid in group 0 (OpenShift)
FROM tomcat:9.0.20-jre11-slim
COPY roller.war /usr/local/tomcat/webapps/ROOT.war
COPY entry-point.sh /usr/local/tomcat/bin
RUN chgrp -R 0 /usr/local/tomcat \
    && chmod -R g+rw /usr/local/tomcat
WORKDIR /usr/local/tomcat
RUN useradd --create-home --uid 10001 --gid 0 app
USER app
ENTRYPOINT /usr/local/tomcat/bin/entry-point.sh
