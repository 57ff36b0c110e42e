# A repository rpm downloaded and installed from a file: production copies the repository configuration
# it wrote, then installs jq from that repository.
FROM centos:7

RUN yum install -y gcc make wget && yum clean all
RUN wget https://dl.fedoraproject.org/pub/epel/epel-release-latest-7.noarch.rpm \
    && yum install -y epel-release-latest-7.noarch.rpm \
    && yum install -y jq \
    && yum clean all

WORKDIR /src
COPY . .
RUN make

CMD ["./hello"]
