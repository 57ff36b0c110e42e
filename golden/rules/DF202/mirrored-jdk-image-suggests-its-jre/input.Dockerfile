FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B dependency:go-offline
COPY src src
RUN mvn -B package -DskipTests

# The company registry mirrors Docker Hub's images under its own path.
FROM registry.example.com/dockerhub/eclipse-temurin:17
COPY --from=build /src/target/app.jar /app/app.jar
EXPOSE 8080
CMD ["java", "-jar", "/app/app.jar"]
