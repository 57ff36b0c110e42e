FROM maven:3-jdk-8-alpine AS builder
RUN apk add --no-cache git
RUN git clone https://github.com/example/lib.git /src/lib && cd /src/lib && mvn install
RUN mkdir /spark && wget -qO- https://example.com/spark-2.4.5.tgz | tar xz -C /spark --strip-components=1

FROM maven:3-jdk-8-alpine AS production
COPY --from=builder /root/.m2/repository /root/.m2/repository
COPY --from=builder /spark /spark
COPY --from=builder /src/lib /src/lib
CMD /spark/bin/spark-shell --packages "com.example:lib:1.0-SNAPSHOT"
