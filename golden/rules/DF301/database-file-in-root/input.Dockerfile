# A prebuilt jar and its H2 database file, both in '/' with no WORKDIR (shopizer): the application
# opens the database read-write next to it, which only root can, so no USER is added.
FROM eclipse-temurin:11-jre-alpine
COPY --from=builder /SALESMANAGER.h2.db /SALESMANAGER.h2.db
COPY --from=builder /opt/app /opt/app
CMD ["java", "-jar", "/opt/app/shopizer.jar"]
