# A later RUN pipes a downloaded script into bash. Such scripts (a project's install-deps.sh) run
# 'apt-get install' with the lists they find, so the first RUN keeps them: the file removes them
# itself after the script.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates
COPY . /src
RUN curl -fsSL https://example.com/install-deps.sh | bash -
RUN rm -rf /var/lib/apt/lists/*
CMD ["/src/run.sh"]
