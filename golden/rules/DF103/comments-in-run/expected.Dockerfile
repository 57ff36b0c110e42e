FROM fedora:40
RUN dnf install -y \
        # compilers
        gcc \
        make \
    && dnf clean all \
    # then build
    && make -C /src
