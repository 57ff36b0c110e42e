# software-properties-common brings gpg-agent only as a recommended package, and add-apt-repository
# imports the PPA's key with gpg, which starts gpg-agent: --no-install-recommends would fail the build.
FROM ubuntu:22.04
RUN apt-get update && \
    apt-get install -y software-properties-common && \
    add-apt-repository -y ppa:deadsnakes/ppa && \
    apt-get install -y --no-install-recommends python3.11 && \
    rm -rf /var/lib/apt/lists/*
CMD ["python3.11"]
