FROM centos:7
RUN yum install epel-release && \
    yum install -y nginx
EXPOSE 80
