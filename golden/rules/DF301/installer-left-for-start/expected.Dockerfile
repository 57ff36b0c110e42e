# The unattended install's answers are shipped but no RUN uses them: the start script installs the
# application into /opt/docs, which root owns, so it needs root; the rule names the installer.
FROM eclipse-temurin:17-jdk
RUN mkdir /opt/docs
COPY start-docs.sh /opt/docs
COPY auto-install.j2 /opt/docs
RUN curl -L https://example.com/docs-installer.zip -o /tmp/i.zip && unzip /tmp/i.zip -d /opt/docs && rm /tmp/i.zip
EXPOSE 8080
CMD ["/opt/docs/start-docs.sh", "run"]
