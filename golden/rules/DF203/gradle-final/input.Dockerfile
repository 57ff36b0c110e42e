FROM gradle:8.5-jdk17
COPY build/libs/app.jar /srv/app.jar
ENTRYPOINT ["java", "-jar", "/srv/app.jar"]
