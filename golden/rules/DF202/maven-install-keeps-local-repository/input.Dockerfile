FROM maven:3-jdk-8-alpine
RUN apk add --no-cache git
RUN git clone https://github.com/example/lib.git /src/lib && cd /src/lib && mvn install
RUN mkdir /spark && wget -qO- https://example.com/spark-2.4.5.tgz | tar xz -C /spark --strip-components=1
CMD /spark/bin/spark-shell --packages "com.example:lib:1.0-SNAPSHOT"
