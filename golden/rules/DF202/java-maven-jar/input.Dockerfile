# Maven builds the jar the pom names (artifactId-version.jar); production is the JRE of the same Java.
FROM maven:3.9-eclipse-temurin-17
WORKDIR /app
COPY pom.xml .
RUN mvn -B dependency:go-offline
COPY src ./src
RUN mvn -B package -DskipTests
EXPOSE 8080
CMD ["java", "-jar", "target/inventory-1.4.0.jar"]
