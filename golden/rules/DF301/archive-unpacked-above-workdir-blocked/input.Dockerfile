# Held-out apps (held8): the server's release tarball is unpacked into /home, above the WORKDIR, and
# its start writes conf/cluster.conf, logs/ and data/ inside that tree, which stays root's; owning the
# WORKDIR alone would not let another user write there. The rule suggests.
FROM centos:7.9.2009
ENV BASE_DIR="/home/nacos" \
    CLUSTER_CONF="/home/nacos/conf/cluster.conf"
ARG NACOS_VERSION=2.2.0
WORKDIR $BASE_DIR
RUN yum install -y java-1.8.0-openjdk wget && yum clean all
RUN wget https://github.com/alibaba/nacos/releases/download/${NACOS_VERSION}/nacos-server-${NACOS_VERSION}.tar.gz -P /home \
    && tar -xzvf /home/nacos-server-${NACOS_VERSION}.tar.gz -C /home \
    && rm -rf /home/nacos-server-${NACOS_VERSION}.tar.gz
RUN mkdir -p logs
EXPOSE 8848
CMD ["java", "-jar", "/home/nacos/target/nacos-server.jar"]
