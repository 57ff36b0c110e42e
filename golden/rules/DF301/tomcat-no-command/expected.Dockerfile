# tomcat runs catalina.sh on port 8080 when the file sets no command: nothing needs root, so the
# user is added.
FROM tomcat:9-jdk17
COPY target/app.war /usr/local/tomcat/webapps/ROOT.war
RUN useradd --create-home --uid 10001 app
USER app
