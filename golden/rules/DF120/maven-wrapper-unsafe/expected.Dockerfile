FROM eclipse-temurin:17-jdk AS build
WORKDIR /usr/src/app
COPY pom.xml mvnw /usr/src/app/
COPY .mvn/ /usr/src/app/.mvn/
RUN ./mvnw -B dependency:go-offline
COPY . /usr/src/app
WORKDIR /usr/src/app
RUN ./mvnw -B clean package -DskipTests
