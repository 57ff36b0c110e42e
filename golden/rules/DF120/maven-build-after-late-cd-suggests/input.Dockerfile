# Held-out apps (held8): the Maven wrapper runs after an apt install and a `cd` into the copied
# sources, in the middle of the RUN: DF120 cannot place that folder in the context, so it names the
# go-offline step instead of staying silent.
FROM eclipse-temurin:17-jdk AS builder
ADD . /code/
RUN apt-get update && \
    apt-get install -y --no-install-recommends build-essential && \
    cd /code/ && \
    ./mvnw package -DskipTests && \
    mv /code/target/*.jar /app.jar && \
    rm -rf /code /root/.m2 /var/lib/apt/lists/*

FROM eclipse-temurin:17-jre
COPY --from=builder /app.jar /app.jar
CMD ["java", "-jar", "/app.jar"]
