# `mv target/dist/app/* /opt/app/` moves the jar with the files of its distribution (config, lib/):
# the folder goes whole, not only the jar `java -jar` runs.
FROM maven:3.9-eclipse-temurin-17
WORKDIR /opt/app
COPY . /tmp/src
RUN cd /tmp/src && mvn package && mv target/dist/app/* /opt/app/ && rm -rf /tmp/src ~/.m2
EXPOSE 8090
ENTRYPOINT ["java", "-jar", "/opt/app/app-latest.jar"]
