# fineract (held-out set 6): a Gradle build whose final stage runs the jar on Azul's Zulu JDK image,
# where the same vendor's JRE image would do.
FROM azul/zulu-openjdk-debian:17 AS builder
COPY . /fineract
WORKDIR /fineract
RUN ./gradlew --no-daemon bootJar

FROM azul/zulu-openjdk-alpine:17-jre AS fineract
COPY --from=builder /fineract/fineract-provider/build/libs/ /app
WORKDIR /fineract
CMD ["java", "-Dloader.path=.", "-jar", "/app/fineract-provider-0.0.1-SNAPSHOT.jar"]
