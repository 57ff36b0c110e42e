set -eux; \
\
	if ! command -v gpg > /dev/null; then \
		apt-get update; \
		apt-get install -y --no-install-recommends \
			gnupg \
			dirmngr \
		; \
		rm -rf /var/lib/apt/lists/*; \
	fi; \
\
	for f in /etc/python/*.conf; do \
		[ -f "$f" ] || continue; \
		sed -ri 's/^#?(listen)\s.*/\1 0.0.0.0/' "$f"; \
	done; \
	while read -r line; do echo "$line"; done < /etc/os-release; \
	n=0; until [ "$n" -ge 3 ] || wget -q --spider https://example.org; do n=$((n + 1)); sleep 1; done; \
\
	fetch() { \
		local url="$1"; shift; \
		for mirror in $MIRRORS; do \
			if curl -fsSL "$mirror/$url" -o "$1"; then return 0; fi; \
		done; \
		return 1; \
	}; \
	fetch 'python.tar.gz' /tmp/python.tar.gz; \
\
	if ! getent group python > /dev/null; then groupadd -r python --gid=999; fi; \
	id -u python > /dev/null 2>&1 || useradd -r -g python --uid=999 --home-dir=/var/lib/python python; \
	mkdir -p /var/lib/python && chown -R python:python /var/lib/python; \
\
	python --version && python-cli --version