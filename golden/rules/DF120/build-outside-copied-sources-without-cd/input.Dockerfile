# The build names its pom by path and runs in '/', outside the copied sources, with no `cd`: the
# suggestion says so (it used to speak of a `cd` the RUN does not have).
FROM maven:3.9-eclipse-temurin-17
COPY . /src
RUN mvn -B package -f /src/app/pom.xml -DskipTests
CMD ["java", "-jar", "/src/app/target/app.jar"]
