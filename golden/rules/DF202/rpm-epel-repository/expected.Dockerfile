# `rpm -ivh .../epel-release-*.rpm` only configures a repository: production copies the repository
# configuration it wrote, since its own install reads from it, and does not install the rpm again.
# A package rpm given by URL is installed again from the same URL.
FROM centos:7 AS builder
RUN rpm -ivh https://dl.fedoraproject.org/pub/epel/epel-release-latest-7.noarch.rpm \
    && yum install -y gcc make jq \
    && rpm -ivh https://example.com/tini-0.19.0-1.x86_64.rpm \
    && yum clean all
WORKDIR /src
COPY . .
RUN make && make install

FROM centos:7 AS production
COPY --from=builder /etc/yum.repos.d /etc/yum.repos.d
COPY --from=builder /etc/pki/rpm-gpg /etc/pki/rpm-gpg
RUN yum install -y jq https://example.com/tini-0.19.0-1.x86_64.rpm \
    && yum clean all
WORKDIR /src
COPY --from=builder /etc/ld.so.cache /etc/ld.so.cache
COPY --from=builder /usr/local /usr/local
CMD ["/usr/local/bin/app"]
