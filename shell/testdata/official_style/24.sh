set -eux; \
\
	if ! getent group postgres > /dev/null; then groupadd -r postgres --gid=999; fi; \
	id -u postgres > /dev/null 2>&1 || useradd -r -g postgres --uid=999 --home-dir=/var/lib/postgres postgres; \
	mkdir -p /var/lib/postgres && chown -R postgres:postgres /var/lib/postgres; \
\
	( cd /usr/src/postgres && make test ) || { echo >&2 'tests failed'; exit 1; }; \
	{ \
		echo '[global]'; \
		echo 'error_log = /proc/self/fd/2'; \
	} > /usr/local/etc/postgres.conf; \
\
	for f in /etc/postgres/*.conf; do \
		[ -f "$f" ] || continue; \
		sed -ri 's/^#?(listen)\s.*/\1 0.0.0.0/' "$f"; \
	done; \
	while read -r line; do echo "$line"; done < /etc/os-release; \
	n=0; until [ "$n" -ge 3 ] || wget -q --spider https://example.org; do n=$((n + 1)); sleep 1; done; \
\
	postgres --version && postgres-cli --version