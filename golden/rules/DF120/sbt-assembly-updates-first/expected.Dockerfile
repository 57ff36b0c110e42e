# trans-server-akka's shape: `sbt assembly` after the whole context fetches every dependency again on
# each source edit. build.sbt and project/ (sbt's own build definition) are what `sbt update` reads.
FROM sbtscala/scala-sbt:eclipse-temurin-17.0.4_1.7.1_3.2.0 AS build
WORKDIR /app
COPY build.sbt .
COPY project/ project/
RUN sbt update
COPY . .
RUN sbt assembly

FROM eclipse-temurin:17-jre
COPY --from=build /app/target/scala-3.2.0/app.jar /app.jar
CMD ["java", "-jar", "/app.jar"]
