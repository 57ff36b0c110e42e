set -eux; \
\
	if ! getent group tomcat > /dev/null; then groupadd -r tomcat --gid=999; fi; \
	id -u tomcat > /dev/null 2>&1 || useradd -r -g tomcat --uid=999 --home-dir=/var/lib/tomcat tomcat; \
	mkdir -p /var/lib/tomcat && chown -R tomcat:tomcat /var/lib/tomcat; \
\
	( cd /usr/src/tomcat && make test ) || { echo >&2 'tests failed'; exit 1; }; \
	{ \
		echo '[global]'; \
		echo 'error_log = /proc/self/fd/2'; \
	} > /usr/local/etc/tomcat.conf; \
\
	for f in /etc/tomcat/*.conf; do \
		[ -f "$f" ] || continue; \
		sed -ri 's/^#?(listen)\s.*/\1 0.0.0.0/' "$f"; \
	done; \
	while read -r line; do echo "$line"; done < /etc/os-release; \
	n=0; until [ "$n" -ge 3 ] || wget -q --spider https://example.org; do n=$((n + 1)); sleep 1; done; \
\
	command -v tomcat