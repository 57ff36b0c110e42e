# gpg-agent is named: add-apt-repository's key import has it without recommendations, so the flag goes in.
FROM ubuntu:22.04
RUN apt-get update && \
    apt-get install --no-install-recommends -y software-properties-common gpg-agent && \
    add-apt-repository -y ppa:deadsnakes/ppa && \
    apt-get install -y --no-install-recommends python3.11 && \
    rm -rf /var/lib/apt/lists/*
CMD ["python3.11"]
