# A Jenkins controller: its jobs compile on the built-in node with the JDK
FROM openjdk:8-jdk
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
ENV JENKINS_HOME /var/jenkins_home
RUN useradd -d "$JENKINS_HOME" -u 1000 -m -s /bin/bash jenkins
RUN curl -fL https://repo.jenkins-ci.org/public/org/jenkins-ci/main/jenkins-war/2.164.2/jenkins-war-2.164.2.war -o /usr/share/jenkins/jenkins.war
USER jenkins
EXPOSE 8080
CMD ["java", "-jar", "/usr/share/jenkins/jenkins.war"]
