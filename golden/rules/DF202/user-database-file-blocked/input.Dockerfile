# The user is written into /etc/passwd by hand: production cannot take the builder's file whole
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends g++ make sudo && rm -rf /var/lib/apt/lists/*
RUN mkdir -p /home/developer && \
    echo "developer:x:2133:2133:Developer,,,:/home/developer:/bin/bash" >> /etc/passwd && \
    echo "developer:x:2133:" >> /etc/group && \
    chown 2133:2133 -R /home/developer && \
    echo "developer:developer" | chpasswd
COPY hello.cc /src/hello.cc
RUN g++ -O2 -o /usr/local/bin/hello /src/hello.cc
USER developer
CMD ["hello"]
