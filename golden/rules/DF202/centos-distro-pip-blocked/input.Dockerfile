# CentOS 7's pip puts packages under /usr/lib/python2.7 and /usr/lib64, not /usr/local: not split.
FROM centos:7
RUN yum -y install epel-release && yum -y install python-pip gcc python-devel && yum clean all
COPY requirements.txt /app/requirements.txt
RUN pip install -r /app/requirements.txt
COPY . /app
CMD ["python", "/app/web.py"]
