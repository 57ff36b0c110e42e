# An SSH server people log into (root's password set): its users run the image's compilers and git,
# so they stay; a suggestion.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y openssh-server build-essential git python3-dev python3-pip && \
    mkdir -p /var/run/sshd && \
    echo 'root:root' | chpasswd
RUN pip3 install numpy cython
EXPOSE 22
CMD ["/usr/sbin/sshd", "-D"]
