# The entrypoint comes from a build stage that copied the whole context: dockopt reads it there
# (build/docker/entrypoint.sh). It chowns the data folder and drops to openfire with
# start-stop-daemon, which needs root: no USER is added (Openfire).
FROM eclipse-temurin:17 AS build
WORKDIR /usr/src
COPY . .
RUN ./mvnw -B install

FROM eclipse-temurin:17-jre AS runtime
COPY --chmod=0755 --from=build /usr/src/build/docker/entrypoint.sh /sbin/entrypoint.sh
COPY --from=build /usr/src/distribution/target/distribution-base /usr/local/openfire
WORKDIR /usr/local/openfire
EXPOSE 5222
ENTRYPOINT [ "/sbin/entrypoint.sh" ]
