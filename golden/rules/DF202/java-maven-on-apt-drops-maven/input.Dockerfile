# Maven and the JDK from Debian's packages build the jar; production runs it on the JRE, without Maven.
FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pom.xml .
RUN mvn -B dependency:go-offline
COPY src src
RUN mvn -B package -DskipTests
CMD ["java", "-jar", "target/app-1.0.jar"]
