FROM openjdk:17
COPY . /usr/src/app
WORKDIR /usr/src/app
CMD ./mvnw spring-boot:run
