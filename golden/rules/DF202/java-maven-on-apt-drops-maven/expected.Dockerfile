# Maven and the JDK from Debian's packages build the jar; production runs it on the JRE, without Maven.
FROM debian:12 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pom.xml .
RUN mvn -B dependency:go-offline
COPY src src
RUN mvn -B package -DskipTests

FROM debian:12-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends openjdk-17-jre-headless \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /app/target/app-1.0.jar /app/target/app-1.0.jar
CMD ["java", "-jar", "target/app-1.0.jar"]
