# build-essential brings gnupg as a recommended package (dpkg-dev recommends it), and the same RUN
# verifies a download with gpg: --no-install-recommends would drop gpg, so the recommends stay.
FROM python:3.11-slim
RUN set -eux; \
    apt-get update; \
    apt-get install -y build-essential libpq-dev wget; \
    wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64"; \
    wget -O /usr/local/bin/gosu.asc "https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64.asc"; \
    export GNUPGHOME="$(mktemp -d)"; \
	gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4; \
	gpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu; \
    rm -rf "$GNUPGHOME" /usr/local/bin/gosu.asc /var/lib/apt/lists/*
CMD ["python3"]
