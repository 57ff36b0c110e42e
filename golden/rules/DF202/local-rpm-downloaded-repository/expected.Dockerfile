# A repository rpm downloaded and installed from a file: production copies the repository configuration
# it wrote, then installs jq from that repository.
FROM centos:7 AS builder

RUN yum install -y gcc make wget && yum clean all
RUN wget https://dl.fedoraproject.org/pub/epel/epel-release-latest-7.noarch.rpm \
    && yum install -y epel-release-latest-7.noarch.rpm \
    && yum install -y jq \
    && yum clean all

WORKDIR /src
COPY . .
RUN make

FROM centos:7 AS production
COPY --from=builder /etc/yum.repos.d /etc/yum.repos.d
COPY --from=builder /etc/pki/rpm-gpg /etc/pki/rpm-gpg
RUN yum install -y wget jq \
    && yum clean all
WORKDIR /src
COPY --from=builder /epel-release-latest-7.noarch.rpm /epel-release-latest-7.noarch.rpm
COPY --from=builder /src /src

CMD ["./hello"]
