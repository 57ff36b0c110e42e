FROM eclipse-temurin:17-jre
COPY build/libs/app.jar /srv/app.jar
ENTRYPOINT ["java", "-jar", "/srv/app.jar"]
