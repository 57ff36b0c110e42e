set -eux; \
	groupadd --gid 99 --system haproxy; \
	useradd --gid haproxy --home-dir /var/lib/haproxy --no-create-home --system --uid 99 haproxy; \
	mkdir /var/lib/haproxy; \
	chown haproxy:haproxy /var/lib/haproxy; \
	[ "$(stat -c '%U' /var/lib/haproxy)" = haproxy ]