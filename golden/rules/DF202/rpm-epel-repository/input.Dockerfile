# `rpm -ivh .../epel-release-*.rpm` only configures a repository: production copies the repository
# configuration it wrote, since its own install reads from it, and does not install the rpm again.
# A package rpm given by URL is installed again from the same URL.
FROM centos:7
RUN rpm -ivh https://dl.fedoraproject.org/pub/epel/epel-release-latest-7.noarch.rpm \
    && yum install -y gcc make jq \
    && rpm -ivh https://example.com/tini-0.19.0-1.x86_64.rpm \
    && yum clean all
WORKDIR /src
COPY . .
RUN make && make install
CMD ["/usr/local/bin/app"]
