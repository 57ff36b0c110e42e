# A dnf install in one branch: -y goes in, and `dnf clean all` after the `fi` (harmless otherwise).
FROM fedora:39
RUN if [ "$(uname -m)" = x86_64 ]; then \
        dnf install -y gcc; \
    fi && \
    dnf clean all
