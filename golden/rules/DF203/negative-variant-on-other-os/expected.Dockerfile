# maven's openjdk images are Debian; the JRE that replaces them (eclipse-temurin) is Ubuntu. The stage
# installs packages named for Debian bullseye, so the swap is only suggested.
FROM maven:3.8-openjdk-11
RUN apt-get update && apt-get install -y --no-install-recommends python3-lxml \
    && rm -rf /var/lib/apt/lists/*
COPY target/app.jar /app.jar
CMD ["java", "-jar", "/app.jar"]
