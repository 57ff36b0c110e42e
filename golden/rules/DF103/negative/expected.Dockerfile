FROM rockylinux:9
RUN dnf install -y httpd && dnf clean all
RUN yum -y install git && yum clean all && rm -rf /var/cache/yum
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y gcc
RUN microdnf install tar && microdnf clean all
RUN ["dnf", "install", "-y", "make"]
