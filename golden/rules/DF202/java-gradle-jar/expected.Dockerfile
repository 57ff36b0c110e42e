# Gradle writes the jar build.gradle names into build/libs; production is the JRE with only that jar.
FROM gradle:8.5-jdk17 AS builder
WORKDIR /home/gradle/project
COPY --chown=gradle:gradle . .
RUN gradle build --no-daemon -x test

FROM eclipse-temurin:17-jre AS production
WORKDIR /home/gradle/project
COPY --from=builder /home/gradle/project/build/libs/inventory.jar /home/gradle/project/build/libs/inventory.jar
ENV JAVA_OPTS="-Xmx256m"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "build/libs/inventory.jar"]
