FROM eclipse-temurin:17-jdk AS build
COPY . /usr/src/app
WORKDIR /usr/src/app
RUN ./mvnw -B clean package -DskipTests
