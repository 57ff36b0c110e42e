set -eux; \
\
	if [ "$ARCH" = 'armv7l' ]; then \
		apt-get update && apt-get install -y --no-install-recommends libatomic1; \
	elif [ "$ARCH" = 'ppc64le' ]; then \
		echo 'no extra packages on ppc64le'; \
	else \
		: ; \
	fi; \
\
	dpkgArch="$(dpkg --print-architecture)"; \
	case "${dpkgArch##*-}" in \
		amd64) ARCH='x64'; SHA='0a1b';; \
		arm64) ARCH='arm64'; SHA='2c3d';; \
		armhf) ARCH='armv7l'; SHA='4e5f';; \
		ppc64el) ARCH='ppc64le';; \
		*) echo >&2 "error: unsupported architecture: $dpkgArch"; exit 1 ;; \
	esac; \
\
	( cd /usr/src/haproxy && make test ) || { echo >&2 'tests failed'; exit 1; }; \
	{ \
		echo '[global]'; \
		echo 'error_log = /proc/self/fd/2'; \
	} > /usr/local/etc/haproxy.conf; \
\
	haproxy --version