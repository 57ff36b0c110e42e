# Gradle writes the jar build.gradle names into build/libs; production is the JRE with only that jar.
FROM gradle:8.5-jdk17
WORKDIR /home/gradle/project
COPY --chown=gradle:gradle . .
RUN gradle build --no-daemon -x test
ENV JAVA_OPTS="-Xmx256m"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "build/libs/inventory.jar"]
