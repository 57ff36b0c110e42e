# openjdk:17 is Oracle Linux; eclipse-temurin's JRE is Ubuntu, where microdnf is missing: the swap
# would break the RUN, so it is only reported.
FROM openjdk:17
RUN microdnf install fontconfig && microdnf clean all
WORKDIR /app
COPY target/app.jar app.jar
CMD ["java", "-jar", "app.jar"]
