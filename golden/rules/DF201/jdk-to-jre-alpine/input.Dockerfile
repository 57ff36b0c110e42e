# The server jar comes from the builder; the final stage runs it with the JDK it installed. The start
# script runs through `sh` (CMD before ENTRYPOINT in one stage: the CMD stays the shell's argument).
FROM alpine:3.18 AS builder
RUN apk add --no-cache openjdk17 git
COPY . /src
WORKDIR /src
RUN ./gradlew build -x test

FROM alpine:3.18
RUN apk add --no-cache openjdk17 nginx
COPY docker/bin /app
COPY --from=builder /src/server/build/libs/server-boot.jar /app/libs/server.jar
CMD ["/app/startup.sh"]
ENTRYPOINT ["/bin/sh"]
