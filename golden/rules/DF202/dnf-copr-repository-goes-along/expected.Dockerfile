FROM fedora:23 AS builder
RUN dnf install -y gcc-c++ make dnf-plugins-core krb5-devel
RUN dnf -y copr enable nibbler/nodejs
RUN dnf -y install nodejs nodejs-devel npm && dnf -y clean all
COPY . /srv
WORKDIR /srv
RUN npm install

FROM fedora:23 AS production
COPY --from=builder /etc/yum.repos.d /etc/yum.repos.d
RUN dnf install -y dnf-plugins-core krb5-libs nodejs npm \
    && dnf clean all
WORKDIR /srv
COPY --from=builder /srv /srv
CMD ["/usr/bin/node","/srv/index.js"]
