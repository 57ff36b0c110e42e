FROM eclipse-temurin:17-jdk AS build
WORKDIR /home/gradle/project
COPY build.gradle settings.gradle gradle.properties gradlew ./
COPY gradle/ gradle/
RUN ./gradlew dependencies --no-daemon
COPY . .
RUN ./gradlew build -x test --no-daemon
