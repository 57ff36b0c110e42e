# maven:3.5.2 names no JDK: its default variant was jdk-8, so production is Java 8's JRE, not the Java 21
# of today's maven:3 (a Spring Boot 1 jar does not start on 21).
FROM maven:3.5.2
WORKDIR /app
COPY pom.xml .
RUN mvn -B dependency:go-offline
COPY src ./src
RUN mvn -B package -DskipTests
EXPOSE 8080
CMD ["java", "-jar", "target/inventory-1.4.0.jar"]
