FROM fedora:23
RUN dnf install -y gcc-c++ make dnf-plugins-core krb5-devel
RUN dnf -y copr enable nibbler/nodejs
RUN dnf -y install nodejs nodejs-devel npm && dnf -y clean all
COPY . /srv
WORKDIR /srv
RUN npm install
CMD ["/usr/bin/node","/srv/index.js"]
