FROM eclipse-temurin:17 AS builder
WORKDIR /src
COPY . .
RUN ["./gradlew", "distTar"]

FROM eclipse-temurin:17 AS runtime
RUN ["useradd", "app"]
RUN ["mkdir", "--parents", "/hooks/before.d"]
RUN ["/usr/bin/chown", "-R", "app:app", "/hooks" ]
USER app
WORKDIR /app
RUN --mount=type=bind,from=builder,source=/src/build/app.tar,target=/mnt/app.tar \
    ["tar", "--extract", "--strip-components=1", "--file=/mnt/app.tar"]
ENTRYPOINT ["/app/bin/app"]
