# From RSS-Bridge: the lists are removed after a brace group the shell model cannot read yet; the
# rule must not add a second cleanup (it would not see that one either and never converge).
FROM debian:12-slim
RUN set -xe && \
    apt-get update && \
    apt-get install --yes --no-install-recommends \
      ca-certificates \
      # for downloading
      curl \
      && \
    # pick the archive for this machine
    { \
        { \
            [ $(arch) = 'x86_64' ] && \
            archive="lib.x86_64.tar.gz" \
        ; } \
    } && \
    curl -LO "https://example.org/${archive}" && \
    apt-get purge --assume-yes curl && \
    rm -rf /var/lib/apt/lists/*
