FROM eclipse-temurin:17-jdk-jammy AS builder
WORKDIR /src
COPY . .
RUN ./mvnw -q package

FROM eclipse-temurin:17-jdk-jammy
COPY --from=builder /src/target/app.jar /app/app.jar
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
