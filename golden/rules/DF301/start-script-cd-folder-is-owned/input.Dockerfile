# trans-server-akka's shape: the entrypoint script moves into /trans and runs the jar, which writes its
# keystore and uploads there. /trans is the program's working folder, as a WORKDIR would be: the new
# user owns it (not what is in it).
FROM eclipse-temurin:8-jre-alpine
RUN mkdir -p /trans/target/
COPY docker-entry.sh /trans/
COPY app.jar /trans/target/app.jar
ENTRYPOINT ["/trans/docker-entry.sh"]
