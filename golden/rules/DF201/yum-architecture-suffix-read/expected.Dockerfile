# yum's "name.arch" form: python-devel.x86_64 is python-devel, a build-time package, named with gcc.
FROM centos:7
RUN yum install -y python-pip gcc python-devel.x86_64 \
    && pip install --no-cache-dir rucio==1.16.0 \
    && yum clean all
ENTRYPOINT ["rucio"]
