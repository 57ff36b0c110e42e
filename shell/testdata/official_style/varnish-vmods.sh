set -e; \
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends automake libtool make pkg-config python3-docutils varnish-dev; \
	for vmod in $VMODS; do \
		name="${vmod%%:*}"; \
		version="${vmod#*:}"; \
		git clone --depth 1 --branch "$version" "https://github.com/varnish/$name.git" "/tmp/$name"; \
		( cd "/tmp/$name" && ./bootstrap && make -j"$(nproc)" && make install ); \
		rm -rf "/tmp/$name"; \
	done; \
	apt-mark auto '.*' > /dev/null; \
	[ -z "$savedAptMark" ] || apt-mark manual $savedAptMark; \
	apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \
	rm -rf /var/lib/apt/lists/*; \
	varnishd -V