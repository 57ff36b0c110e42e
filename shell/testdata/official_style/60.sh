set -eux; \
\
	if ! getent group perl > /dev/null; then groupadd -r perl --gid=999; fi; \
	id -u perl > /dev/null 2>&1 || useradd -r -g perl --uid=999 --home-dir=/var/lib/perl perl; \
	mkdir -p /var/lib/perl && chown -R perl:perl /var/lib/perl; \
\
	( cd /usr/src/perl && make test ) || { echo >&2 'tests failed'; exit 1; }; \
	{ \
		echo '[global]'; \
		echo 'error_log = /proc/self/fd/2'; \
	} > /usr/local/etc/perl.conf; \
\
	for f in /etc/perl/*.conf; do \
		[ -f "$f" ] || continue; \
		sed -ri 's/^#?(listen)\s.*/\1 0.0.0.0/' "$f"; \
	done; \
	while read -r line; do echo "$line"; done < /etc/os-release; \
	n=0; until [ "$n" -ge 3 ] || wget -q --spider https://example.org; do n=$((n + 1)); sleep 1; done; \
\
	test -x /usr/local/bin/perl