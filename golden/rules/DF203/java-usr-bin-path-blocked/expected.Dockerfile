# openjdk's alpine image links /usr/bin/java; eclipse-temurin's JRE keeps java in /opt/java/openjdk/bin only.
FROM maven:3.5.2-jdk-8-alpine AS build
COPY pom.xml /tmp/
COPY src /tmp/src/
RUN mvn -f /tmp/pom.xml clean package

FROM openjdk:8-jdk-alpine
COPY --from=build /tmp/target/app.jar /app.jar
ENTRYPOINT ["/usr/bin/java"]
CMD ["-jar", "/app.jar"]
