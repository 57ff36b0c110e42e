# The jar copied out of target/ by a glob: production copies the copy, which has one name.
FROM maven:3.9-eclipse-temurin-17
WORKDIR /build
COPY . .
RUN mvn -B package -DskipTests && cp target/*.jar /opt/app.jar
USER 1000
CMD ["java", "-Xmx512m", "-jar", "/opt/app.jar"]
