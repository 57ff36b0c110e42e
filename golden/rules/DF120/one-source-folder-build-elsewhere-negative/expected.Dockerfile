# The build runs in a folder the copied one is not: the COPY does not decide what it downloads.
FROM maven:3.9-eclipse-temurin-17
WORKDIR /root
COPY ./init /root/init
RUN git clone https://example.com/tars.git /root/tars && cd /root/tars/java && mvn clean install
CMD ["bash"]
