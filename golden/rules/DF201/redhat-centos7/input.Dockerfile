FROM centos:7 AS builder
RUN yum install -y gcc postgresql-devel
COPY . /src
RUN make -C /src

FROM centos:7
RUN yum install -y postgresql-devel && yum clean all
COPY --from=builder /src/app /usr/local/bin/app
ENTRYPOINT ["app"]
