# `bootRun` runs the app from the build; its jar is not built and named from the manifests yet.
FROM gradle:8-jdk17
WORKDIR /home/gradle/app
COPY . .
CMD ["gradle", "bootRun"]
