# The war runs on tomcat's JDK variant; the same tomcat line has a JRE variant on the same Ubuntu
# (tomcat:N-jreM-temurin-<release>), which runs the war as well.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
COPY src ./src
RUN mvn -B package

FROM tomcat:10.1-jre21-temurin-jammy
COPY --from=build /src/target/app.war /usr/local/tomcat/webapps/ROOT.war
EXPOSE 8080
CMD ["catalina.sh", "run"]
