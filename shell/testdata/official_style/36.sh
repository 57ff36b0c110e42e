set -eux; \
\
	if ! getent group node > /dev/null; then groupadd -r node --gid=999; fi; \
	id -u node > /dev/null 2>&1 || useradd -r -g node --uid=999 --home-dir=/var/lib/node node; \
	mkdir -p /var/lib/node && chown -R node:node /var/lib/node; \
\
	( cd /usr/src/node && make test ) || { echo >&2 'tests failed'; exit 1; }; \
	{ \
		echo '[global]'; \
		echo 'error_log = /proc/self/fd/2'; \
	} > /usr/local/etc/node.conf; \
\
	for f in /etc/node/*.conf; do \
		[ -f "$f" ] || continue; \
		sed -ri 's/^#?(listen)\s.*/\1 0.0.0.0/' "$f"; \
	done; \
	while read -r line; do echo "$line"; done < /etc/os-release; \
	n=0; until [ "$n" -ge 3 ] || wget -q --spider https://example.org; do n=$((n + 1)); sleep 1; done; \
\
	node --version