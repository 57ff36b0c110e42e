set -eux; \
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
	if [ "$ARCH" = 'armv7l' ]; then \
		apt-get update && apt-get install -y --no-install-recommends libatomic1; \
	elif [ "$ARCH" = 'ppc64le' ]; then \
		echo 'no extra packages on ppc64le'; \
	else \
		: ; \
	fi; \
\
	export GNUPGHOME="$(mktemp -d)"; \
	for key in \
		4ED778F539E3634C779C87C6D7062848A1AB005C \
		141F07595B7B3FFE74309A937405533BE57C7D57 \
		74F12602B6F1C4E913FAA37AD3A89613643B6201 \
	; do \
		gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys "$key" || \
		gpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key" ; \
	done; \
	gpg --batch --verify tomcat.tar.gz.asc tomcat.tar.gz; \
	gpgconf --kill all; \
	rm -rf "$GNUPGHOME" tomcat.tar.gz.asc; \
\
	# verify the download before unpacking it
	echo "$SHA256 *tomcat.tar.gz" | sha256sum --strict --check -; \
\
	if ! getent group tomcat > /dev/null; then groupadd -r tomcat --gid=999; fi; \
	id -u tomcat > /dev/null 2>&1 || useradd -r -g tomcat --uid=999 --home-dir=/var/lib/tomcat tomcat; \
	mkdir -p /var/lib/tomcat && chown -R tomcat:tomcat /var/lib/tomcat; \
\
	tomcat -v