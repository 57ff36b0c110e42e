# maven:3.6.3 names no JDK, and the default one changed while 3.6 was current: no JRE is known to match,
# so the JDK image stays and the finding says so.
FROM maven:3.6.3
WORKDIR /app
COPY pom.xml .
RUN mvn -B dependency:go-offline
COPY src ./src
RUN mvn -B package -DskipTests
EXPOSE 8080
CMD ["java", "-jar", "target/inventory-1.4.0.jar"]
