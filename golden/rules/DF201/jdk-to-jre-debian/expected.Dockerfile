FROM maven:3.9-eclipse-temurin-17 AS builder
WORKDIR /src
COPY . .
RUN mvn -B package -DskipTests

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends openjdk-17-jre-headless ca-certificates && \
    rm -rf /var/lib/apt/lists/*
COPY --from=builder /src/target/app.jar /opt/app.jar
CMD ["java", "-jar", "/opt/app.jar"]
