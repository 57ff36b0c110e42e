FROM eclipse-temurin:17-jdk AS build
WORKDIR /home/gradle/project
COPY . .
RUN ./gradlew build -x test --no-daemon
