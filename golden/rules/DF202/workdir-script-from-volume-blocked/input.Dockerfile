# The command is a script in the WORKDIR that nothing in the image puts there: it comes with a volume
# (a wheel-building image mounts its sources on /src) and may use every -devel package: not split.
FROM quay.io/pypa/manylinux1_x86_64
RUN yum install -y json-c-devel zlib-devel expat-devel
COPY requirements-dev.txt /requirements-dev.txt
RUN /opt/python/cp36-cp36m/bin/pip install -r /requirements-dev.txt
WORKDIR /src
CMD ["/src/build-linux-wheels.sh"]
