# On Ubuntu 16.04 apt itself depends on gnupg (1.4, no agent): add-apt-repository's key import works
# without recommendations, so the flag goes in.
FROM ubuntu:16.04
RUN apt-get update && \
    apt-get install --no-install-recommends -y software-properties-common && \
    add-apt-repository -y ppa:deadsnakes/ppa && \
    apt-get install -y --no-install-recommends python3.6 && \
    rm -rf /var/lib/apt/lists/*
CMD ["python3.6"]
