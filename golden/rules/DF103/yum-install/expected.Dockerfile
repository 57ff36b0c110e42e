FROM centos:7
RUN yum install -y epel-release && \
    yum install -y nginx && \
    yum clean all
EXPOSE 80
