# Grasscutter's result stage: amazoncorretto is a JDK; Corretto has no JRE image for 17, and
# eclipse-temurin's Alpine JRE runs the same jar on the same OS.
FROM gradle:jdk17-alpine AS builder
WORKDIR /app
COPY ./ /app/
RUN gradle jar --no-daemon

FROM amazoncorretto:17-alpine
WORKDIR /app
RUN apk add --no-cache tzdata
COPY --from=builder /app/grasscutter.jar /app/grasscutter.jar
COPY ./entrypoint.sh /app/
CMD [ "sh", "/app/entrypoint.sh" ]
