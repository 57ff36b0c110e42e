# The deprecated java image (frozen 2016-12-31): java:8 is 8u102-jdk on buildpack-deps:jessie-scm, and
# java:8-jre is the same OpenJDK's JRE on jessie-curl. The jar runs on the JRE of the same release.
FROM java:8
WORKDIR /srv/app
COPY target/service.jar /srv/app/
EXPOSE 8080
CMD ["java", "-jar", "/srv/app/service.jar"]
