FROM fedora:40
RUN dnf install \
        # compilers
        gcc \
        make \
    # then build
    && make -C /src
