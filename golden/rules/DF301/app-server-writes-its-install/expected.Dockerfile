# GlassFish writes its domain's logs and generated files under its install folder, which root owns
# after the unzip: the rule names the server.
FROM eclipse-temurin:8-jdk
RUN curl -L -o /tmp/glassfish.zip https://download.eclipse.org/glassfish/glassfish-4.1.zip \
 && unzip /tmp/glassfish.zip -d /usr/local && rm /tmp/glassfish.zip
ENV PATH=$PATH:/usr/local/glassfish4/bin
EXPOSE 4848 8080
WORKDIR /usr/local/glassfish4
CMD asadmin start-domain --verbose
