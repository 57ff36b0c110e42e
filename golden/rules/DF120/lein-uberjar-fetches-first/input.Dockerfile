# riemann's shape: `lein uberjar` after the whole context fetches every dependency again on each
# source edit. `lein deps` reads project.clj alone: it goes first, with only that file copied.
FROM clojure:lein AS builder
WORKDIR /app
COPY . .
RUN lein uberjar && mv target/app-*-standalone.jar target/app.jar

FROM eclipse-temurin:17-jre
COPY --from=builder /app/target/app.jar /app.jar
CMD ["java", "-jar", "/app.jar"]
