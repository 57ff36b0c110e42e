# `cargo:run` deploys into a Tomcat the pom names: a suggestion that says so.
FROM openjdk:25
COPY . /usr/src/myapp
WORKDIR /usr/src/myapp
RUN ./mvnw clean package
CMD ./mvnw cargo:run -P tomcat9
