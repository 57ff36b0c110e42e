# CentOS 7's python puts what get-pip.py and `setup.py install` install under /usr/lib/python2.7 and
# /usr/bin, not /usr/local: production could not name those files, so a suggestion.
FROM centos:7
RUN yum install -y gcc python-devel libffi-devel && \
    curl -fSL https://bootstrap.pypa.io/pip/2.7/get-pip.py | python
COPY . /apps/tool
RUN cd /apps/tool && python setup.py install
CMD ["tool"]
