# The application folder is named by an ENV: the copy into it is handed to the new user like one
# written out, or its subfolders (logs, uploads) would stay root's.
FROM eclipse-temurin:17-jre AS build
RUN mkdir -p /dspace/log && touch /dspace/app.jar

FROM eclipse-temurin:17-jre
ENV DSPACE_INSTALL=/dspace
COPY --from=build /dspace $DSPACE_INSTALL
WORKDIR $DSPACE_INSTALL
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "app.jar"]
